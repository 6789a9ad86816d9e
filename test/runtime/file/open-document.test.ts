import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { createTempFile, readTempFile } from '../../../runtime/internal/temp-files'
import { env, getFileSystemManager, openDocument } from '../../../runtime/file'
import { freshDatabase } from './helpers'

const APP = 'fs-doc-test'

beforeAll(async () => {
  await freshDatabase(APP)
  configure({ appId: APP })
})

afterEach(() => {
  vi.restoreAllMocks()
})

function capture(): HTMLAnchorElement[] {
  const links: HTMLAnchorElement[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { links.push(this) })
  return links
}

describe('openDocument', () => {
  it('opens a saved file in a new tab with the type of its extension', async () => {
    const links = capture()
    getFileSystemManager().writeFileSync(`${env.USER_DATA_PATH}/report.pdf`, '%PDF-1.4')
    expect(await openDocument({ filePath: `${env.USER_DATA_PATH}/report.pdf` })).toEqual({ errMsg: 'openDocument:ok' })
    expect(links).toHaveLength(1)
    expect(links[0].target).toBe('_blank')
    expect(links[0].rel).toBe('noopener')
    const blob = readTempFile(links[0].href)!
    expect(blob.type).toBe('application/pdf')
    expect(await blob.text()).toBe('%PDF-1.4')
  })

  it('opens a blob: tempFilePath as it is; fileType picks the type', async () => {
    const links = capture()
    const temp = createTempFile(new Blob(['x'], { type: 'application/pdf' }))
    await openDocument({ filePath: temp })
    expect(links[0].href).toBe(temp)
    getFileSystemManager().writeFileSync(`${env.USER_DATA_PATH}/noext`, 'x')
    await openDocument({ filePath: `${env.USER_DATA_PATH}/noext`, fileType: 'xlsx' })
    expect(readTempFile(links[1].href)!.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  })

  it('fails for a missing file or an unknown fileType', async () => {
    capture()
    await expect(openDocument({ filePath: `${env.USER_DATA_PATH}/none.pdf` })).rejects.toEqual({ errMsg: 'openDocument:fail file not exist', errno: 1300002 })
    await expect(openDocument({ filePath: 'x', fileType: 'exe' })).rejects.toEqual({ errMsg: 'openDocument:fail parameter error: parameter.fileType should be one of pdf, doc, docx, xls, xlsx, ppt, pptx' })
  })
})
