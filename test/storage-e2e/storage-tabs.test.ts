import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PAGE_HTML, startPageHarness, type PageHarness } from '../support/page-harness'
import type * as Storage from '../../runtime/storage/index'

// Whole pages: two tabs of one browser context share one localStorage; a fresh context is a
// fresh origin store, so filling Chromium's real 5 Mi-character limit here bothers nobody.
declare global {
  // eslint-disable-next-line vars-on-top
  var wxStorage: typeof Storage
  // eslint-disable-next-line vars-on-top
  var configure: (patch: Record<string, unknown>) => void
  // eslint-disable-next-line vars-on-top
  var frameResult: unknown
}

const MB = 1024 * 1024
let harness: PageHarness
let origin: string
let browser: Browser

const FRAME_SCRIPT = `
  configure({ appId: 'framed', userId: 'u' })
  let result
  try {
    wxStorage.setStorageSync('k', { a: 1 })
    result = { value: wxStorage.getStorageSync('k'), info: wxStorage.getStorageInfoSync() }
  } catch (error) {
    result = { error: String(error) }
  }
  parent.postMessage(result, '*')
`

beforeAll(async () => {
  const pages: Record<string, string> = {
    '/': PAGE_HTML,
    // A sandbox without allow-same-origin: an opaque origin, where touching localStorage throws SecurityError.
    '/sandboxed': '<!doctype html><meta charset="utf-8"><script>addEventListener("message", e => { frameResult = e.data })</script>'
      + '<iframe sandbox="allow-scripts" src="/frame"></iframe>',
    '/frame': `<!doctype html><meta charset="utf-8"><script src="/page.js"></script><script>${FRAME_SCRIPT}</script>`,
  }
  harness = await startPageHarness(fileURLToPath(new URL('./page.ts', import.meta.url)), pages)
  ;({ origin, browser } = harness)
})

afterAll(async () => {
  await harness?.close()
})

async function openTabs(count: number): Promise<{ context: BrowserContext, tabs: Page[], warnings: string[] }> {
  const context = await browser.newContext()
  const warnings: string[] = []
  const tabs: Page[] = []
  for (let i = 0; i < count; i++) {
    const tab = await context.newPage()
    tab.on('console', (msg) => {
      if (msg.type() === 'warning') warnings.push(msg.text())
    })
    await tab.goto(`${origin}/`)
    await tab.evaluate(() => configure({ appId: 'e2e', userId: 'u' }))
    tabs.push(tab)
  }
  return { context, tabs, warnings }
}

describe('two tabs on one namespace', () => {
  it('see each other\'s writes in reads and, through storage events, in getStorageInfo', async () => {
    const { context, tabs: [a, b] } = await openTabs(2)
    // Both tabs build their running totals first, so B's count can only move through events.
    await a.evaluate(() => wxStorage.setStorageSync('fromA', 'x'.repeat(3000)))
    expect(await b.evaluate(() => wxStorage.getStorageInfoSync())).toEqual({ keys: ['fromA'], currentSize: 3, limitSize: 10240 })

    await a.evaluate(() => wxStorage.setStorageSync('second', { n: 1 }))
    expect(await b.evaluate(() => wxStorage.getStorageSync('second'))).toEqual({ n: 1 })
    await b.waitForFunction(() => wxStorage.getStorageInfoSync().keys.length === 2)
    expect(await b.evaluate(() => wxStorage.getStorageInfoSync())).toEqual({ keys: ['fromA', 'second'], currentSize: 3, limitSize: 10240 })

    await b.evaluate(() => wxStorage.setStorageSync('fromB', 'y'.repeat(2000)))
    await a.waitForFunction(() => wxStorage.getStorageInfoSync().keys.includes('fromB'))
    expect(await a.evaluate(() => wxStorage.getStorageInfoSync())).toEqual({ keys: ['fromA', 'second', 'fromB'], currentSize: 5, limitSize: 10240 })

    await a.evaluate(() => wxStorage.removeStorageSync('fromA'))
    await b.waitForFunction(() => !wxStorage.getStorageInfoSync().keys.includes('fromA'))
    expect(await b.evaluate(() => wxStorage.getStorageInfoSync())).toEqual({ keys: ['second', 'fromB'], currentSize: 2, limitSize: 10240 })

    await b.evaluate(() => wxStorage.clearStorageSync())
    await a.waitForFunction(() => wxStorage.getStorageInfoSync().keys.length === 0)
    expect(await a.evaluate(() => wxStorage.getStorageInfoSync())).toEqual({ keys: [], currentSize: 0, limitSize: 10240 })
    await context.close()
  })

  it('keeps data across a reload', async () => {
    const { context, tabs: [tab] } = await openTabs(1)
    await tab.evaluate(() => wxStorage.setStorageSync('when', new Date(86_400_000)))
    await tab.reload()
    await tab.evaluate(() => configure({ appId: 'e2e', userId: 'u' }))
    expect(await tab.evaluate(() => (wxStorage.getStorageSync('when') as Date).toISOString())).toBe('1970-01-02T00:00:00.000Z')
    expect(await tab.evaluate(() => wxStorage.getStorageInfoSync().keys)).toEqual(['when'])
    await context.close()
  })
})

describe('Chromium\'s own localStorage limit (5 Mi characters per origin, below the 10 MB wx quota)', () => {
  it('fails the wx way, every key keeping its previous value', async () => {
    const { context, tabs: [tab] } = await openTabs(1)
    const result = await tab.evaluate((mb) => {
      const { setStorageSync, getStorageSync, getStorageInfoSync, setStorage } = wxStorage
      // Four entries of exactly 1 MB (key + data) fit: ~4 Mi characters plus the prefixes.
      for (let i = 0; i < 4; i++) setStorageSync(`k${i}`, String(i).repeat(mb - 2))
      const before = getStorageInfoSync()
      let sync = ''
      try {
        setStorageSync('k4', '4'.repeat(mb - 2)) // the 5th MiB would cross the origin's 5 Mi characters
      }
      catch (error) {
        sync = (error as Error).message
      }
      let grow = ''
      try {
        setStorageSync('k0', 'z'.repeat(mb - 2)) // same size: fits
        setStorageSync('small', 's'.repeat(mb / 2))
        setStorageSync('k0', 'w'.repeat(mb - 2 - 10)) // shrink is fine
        setStorageSync('small', 'S'.repeat(mb - 10)) // growth past the origin limit is not
      }
      catch (error) {
        grow = (error as Error).message
      }
      return setStorage({ key: 'k4', data: 'x'.repeat(mb - 2) }).catch((res: { errMsg: string }) => ({
        sync,
        grow,
        async: res.errMsg,
        before,
        after: getStorageInfoSync(),
        k4: getStorageSync('k4'),
        k0: (getStorageSync('k0') as string).slice(0, 3),
        small: (getStorageSync('small') as string).slice(0, 3),
        smallLength: (getStorageSync('small') as string).length,
      }))
    }, MB)
    expect(result).toEqual({
      sync: 'setStorageSync:fail exceed storage max size 10Mb',
      grow: 'setStorageSync:fail exceed storage max size 10Mb',
      async: 'setStorage:fail exceed storage max size 10Mb',
      before: { keys: ['k0', 'k1', 'k2', 'k3'], currentSize: 4096, limitSize: 10240 },
      // 4 MB - 10 (k0 shrunk) + 5 + 0.5 MB ('small'), rounded up: the failed writes left nothing behind.
      after: { keys: ['k0', 'k1', 'k2', 'k3', 'small'], currentSize: 4608, limitSize: 10240 },
      k4: '',
      k0: 'www',
      small: 'sss',
      smallLength: MB / 2,
    })
    await context.close()
  })
})

describe('a sandboxed iframe (no allow-same-origin: localStorage throws SecurityError)', () => {
  it('falls back to memory, works, and warns once', async () => {
    const context = await browser.newContext()
    const page = await context.newPage()
    const warnings: string[] = []
    page.on('console', (msg) => {
      if (msg.type() === 'warning') warnings.push(msg.text())
    })
    await page.goto(`${origin}/sandboxed`)
    await page.waitForFunction(() => globalThis.frameResult !== undefined)
    expect(await page.evaluate(() => globalThis.frameResult)).toEqual({
      value: { a: 1 },
      info: { keys: ['k'], currentSize: 1, limitSize: 10240 },
    })
    expect(warnings.filter(w => w.includes('localStorage is unavailable'))).toHaveLength(1)
    expect(warnings[0]).toMatch(/^\[wx-h5\] storage: localStorage is unavailable \(SecurityError: .+\); wx storage is kept in memory and lost when the page unloads\.$/)
    await context.close()
  })
})
