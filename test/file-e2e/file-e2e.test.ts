import { fileURLToPath } from 'node:url'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startPageHarness, type PageHarness } from '../support/page-harness'

// Whole pages: the file system must survive a reload (IndexedDB), and chooseImage must
// work with the browser's real file chooser opened from a tap.
let harness: PageHarness
let origin: string
let browser: Browser

beforeAll(async () => {
  harness = await startPageHarness(fileURLToPath(new URL('./page.ts', import.meta.url)))
  ;({ origin, browser } = harness)
})

afterAll(async () => {
  await harness?.close()
})

describe('file system across reloads', () => {
  it('files and folders written async and sync are there after a reload; other apps do not see them', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(origin)
    const written = await page.evaluate(async () => {
      configure({ appId: 'e2e' })
      const fs = wxFile.getFileSystemManager()
      fs.mkdirSync('wxfile://usr/docs/deep', true)
      fs.writeFileSync('wxfile://usr/docs/sync.txt', 'written sync')
      await new Promise(resolve => fs.writeFile({ filePath: 'wxfile://usr/docs/deep/async.bin', data: new Uint8Array([1, 2, 3]).buffer, success: resolve }))
      const saved = await wxFile.saveFile({ tempFilePath: createTempFile(new Blob(['kept'], { type: 'text/plain' })) })
      return saved.savedFilePath
    })
    expect(written).toMatch(/^wxfile:\/\/store\/\w+\.txt$/)
    await page.reload()
    const after = await page.evaluate(async () => {
      configure({ appId: 'e2e' })
      const fs = wxFile.getFileSystemManager()
      const stats = await new Promise<{ stats: Array<{ path: string }> }>(resolve => fs.stat({ path: 'wxfile://usr/docs', recursive: true, success: resolve as never }))
      const text = await new Promise<{ data: string }>(resolve => fs.readFile({ filePath: 'wxfile://usr/docs/sync.txt', encoding: 'utf8', success: resolve as never }))
      const bytes = fs.readFileSync('wxfile://usr/docs/deep/async.bin') as ArrayBuffer
      const { fileList } = await wxFile.getSavedFileList()
      return { tree: stats.stats.map(s => s.path), text: text.data, bytes: [...new Uint8Array(bytes)], saved: fileList.map(f => [f.filePath, f.size]) }
    })
    expect(after).toEqual({ tree: ['/', '/deep', '/deep/async.bin', '/sync.txt'], text: 'written sync', bytes: [1, 2, 3], saved: [[written, 4]] })
    const otherApp = await page.evaluate(async () => {
      configure({ appId: 'other' })
      const fs = wxFile.getFileSystemManager()
      return new Promise<string>(resolve => fs.access({ path: 'wxfile://usr/docs', fail: (e: { errMsg: string }) => resolve(e.errMsg), success: () => resolve('found') }))
    })
    expect(otherApp).toBe('access:fail no such file or directory wxfile://usr/docs')
    await context.close()
  })

  it('a sync write made before the load completes wins over the stored copy', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(origin)
    await page.evaluate(async () => {
      configure({ appId: 'race' })
      const fs = wxFile.getFileSystemManager()
      await new Promise(resolve => fs.writeFile({ filePath: 'wxfile://usr/a.txt', data: 'old', success: resolve }))
      await new Promise(resolve => fs.writeFile({ filePath: 'wxfile://usr/b.txt', data: 'kept', success: resolve }))
    })
    await page.reload()
    const result = await page.evaluate(async () => {
      configure({ appId: 'race' })
      const fs = wxFile.getFileSystemManager()
      // Same task as the first call: the stored files are not loaded yet.
      fs.writeFileSync('wxfile://usr/a.txt', 'new')
      const early = fs.readdirSync('wxfile://usr')
      const read = await new Promise<{ data: string }>(resolve => fs.readFile({ filePath: 'wxfile://usr/a.txt', encoding: 'utf8', success: resolve as never }))
      return { early, a: read.data, b: fs.readFileSync('wxfile://usr/b.txt', 'utf8'), files: fs.readdirSync('wxfile://usr').sort() }
    })
    expect(result).toEqual({ early: ['a.txt'], a: 'new', b: 'kept', files: ['a.txt', 'b.txt'] })
    await context.close()
  })
})

describe('chooseImage with the real file chooser', () => {
  it('a tap opens the chooser; the chosen files come back as temp files', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(origin)
    const chooser = page.waitForEvent('filechooser')
    await page.click('#choose')
    const fc = await chooser
    expect(fc.isMultiple()).toBe(true)
    await fc.setFiles([
      { name: 'a.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') },
      { name: 'b.png', mimeType: 'image/png', buffer: Buffer.alloc(20) },
    ])
    expect(await page.evaluate(() => chosen)).toEqual({ errMsg: 'chooseImage:ok', sizes: [8, 20] })
    await context.close()
  })

  it('dismissing the chooser fails with chooseImage:fail cancel', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(origin)
    // Nobody handles the chooser: headless Chromium dismisses it, the input fires `cancel`.
    await page.click('#choose')
    await page.waitForFunction(() => chosen !== undefined)
    expect(await page.evaluate(() => chosen)).toEqual({ errMsg: 'chooseImage:fail cancel' })
    await context.close()
  })
})
