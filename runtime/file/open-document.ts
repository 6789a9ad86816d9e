import type { AsyncApi } from '../internal/define'
import { fail } from '../internal/fail'
import { createTempFile, readTempFile } from '../internal/temp-files'
import { defineFileApi } from './define-file-api'
import { fileBytes } from './ops'

const TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
}

interface OpenDocumentOptions { filePath: string, fileType?: string, showMenu?: boolean }

/**
 * `wx.openDocument`: opens the file in a new browser tab through an `<a target=_blank>`
 * (the browser's own viewer shows PDFs; other types are downloaded by most browsers).
 * Succeeds once the tab is requested; a popup blocker may still stop it outside a tap.
 */
export const openDocument = /* @__PURE__ */ defineFileApi('openDocument', 'filePath:String fileType:String? showMenu:Boolean?', ({ filePath, fileType }: OpenDocumentOptions) => {
  if (fileType !== undefined && !(fileType in TYPES)) throw fail(`parameter error: parameter.fileType should be one of ${Object.keys(TYPES).join(', ')}`)
  let url = filePath
  // A blob: tempFilePath opens as it is; anything else gets a typed copy.
  if (!readTempFile(filePath) || !filePath.startsWith('blob:')) {
    const type = TYPES[fileType ?? /\.(\w+)$/.exec(filePath)?.[1]?.toLowerCase() ?? '']
    url = createTempFile(new Blob([fileBytes(filePath) as Uint8Array<ArrayBuffer>], { type: type ?? 'application/octet-stream' }))
  }
  const link = document.createElement('a')
  link.href = url
  link.target = '_blank'
  link.rel = 'noopener'
  link.click()
}, undefined, 'read') as AsyncApi<OpenDocumentOptions, object>
