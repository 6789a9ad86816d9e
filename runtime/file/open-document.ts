import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { createTempFile, readTempFile } from '../internal/temp-files'
import * as ops from './ops'
import { prepare } from './store'

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

/**
 * `wx.openDocument`: opens the file in a new browser tab through an `<a target=_blank>`
 * (the browser's own viewer shows PDFs; other types are downloaded by most browsers).
 * Succeeds once the tab is requested; a popup blocker may still stop it outside a tap.
 */
export const openDocument = /* @__PURE__ */ defineAsync<{ filePath: string, fileType?: string, showMenu?: boolean }>('openDocument', async (o) => {
  checkParams(o, { filePath: 'String', fileType: 'String?', showMenu: 'Boolean?' })
  if (o.fileType !== undefined && !(o.fileType in TYPES)) throw fail(`parameter error: parameter.fileType should be one of ${Object.keys(TYPES).join(', ')}`)
  await prepare(o.filePath)
  const blob = readTempFile(o.filePath)
  let url = o.filePath
  if (!blob || !o.filePath.startsWith('blob:')) {
    const ext = o.fileType ?? /\.(\w+)$/.exec(o.filePath)?.[1]?.toLowerCase() ?? ''
    const bytes = ops.fileBytes(o.filePath)
    url = createTempFile(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: TYPES[ext] ?? 'application/octet-stream' }))
  }
  const link = document.createElement('a')
  link.href = url
  link.target = '_blank'
  link.rel = 'noopener'
  link.click()
})
