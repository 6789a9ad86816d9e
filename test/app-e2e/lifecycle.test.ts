// The app area in a whole page: launch options from real URLs, a real back/forward-cache
// round trip (pagehide, visibilitychange, pageshow), real uncaught errors and rejections,
// real color-scheme changes and a real phone emulation for system information.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/lib/chromium.js'

const IPHONE_UA = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1'

let browser: Browser
let server: Server
let origin: string
let page: Page

interface E2E {
  log: () => string[]
  launch: () => Record<string, unknown>
  enter: () => Record<string, unknown>
  info: () => Record<string, unknown>
  throwLater: () => void
  rejectLater: () => void
}
declare global {
  // eslint-disable-next-line vars-on-top
  var __e2e: E2E
}

beforeAll(async () => {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./page.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  })
  const script = out.outputFiles[0]!.text
  server = createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      res.end(script)
    }
    else if (req.url?.startsWith('/elsewhere')) {
      res.writeHead(200, { 'content-type': 'text/html' })
      res.end('<!doctype html><title>elsewhere</title><p>another site page')
    }
    else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover"><title>app e2e</title><body><script type="module" src="/app.js"></script>')
    }
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Playwright turns the back/forward cache off by default; this test needs it.
  browser = await launchChromium([], { ignoreDefaultArgs: ['--disable-back-forward-cache'] })
  page = await browser.newPage()
})

afterAll(async () => {
  await browser?.close()
  await new Promise<void>(resolve => server ? server.close(() => resolve()) : resolve())
})

/** Opens `url` as a fresh launch with an empty log (the previous app page logs its own hide
 *  while it is left, so the log is cleared on a neutral page in between). */
async function open(url: string): Promise<void> {
  await page.goto(`${origin}/elsewhere`)
  await page.evaluate(() => sessionStorage.clear())
  await page.goto(url)
  await page.waitForFunction(() => globalThis.__e2e !== undefined)
}

const log = (): Promise<string[]> => page.evaluate(() => globalThis.__e2e.log())

describe('launch options from the real URL', () => {
  it('site root: the entry page, onLaunch then onShow then wx.onAppShow', async () => {
    await open(`${origin}/`)
    const launch = { path: 'pages/index/index', query: {}, scene: 1011, referrerInfo: {}, forwardMaterials: [], apiCategory: 'default' }
    expect(await page.evaluate(() => globalThis.__e2e.launch())).toEqual(launch)
    expect(await log()).toEqual([`onLaunch ${JSON.stringify(launch)}`, `onShow ${JSON.stringify(launch)}`, 'wx.onAppShow pages/index/index'])
  })

  it('a deep link: its path, and its query exactly as written', async () => {
    await open(`${origin}/pages/detail/detail?id=7&q=%E4%BD%A0%20x&flag`)
    expect(await page.evaluate(() => globalThis.__e2e.launch())).toMatchObject({
      path: 'pages/detail/detail',
      query: { id: '7', q: '%E4%BD%A0%20x', flag: '' },
    })
  })
})

describe('leaving and coming back through the back/forward cache', () => {
  it('pagehide hides with reason 0 once; coming back shows once, without a new launch', async () => {
    await open(`${origin}/pages/detail/detail?id=1`)
    await page.goto(`${origin}/elsewhere`)
    await page.goBack({ waitUntil: 'commit' })
    await page.waitForFunction(() => globalThis.__e2e?.log().length >= 7)
    const lines = await log()
    expect(lines.map(line => line.split(' ')[0])).toEqual(['onLaunch', 'onShow', 'wx.onAppShow', 'onHide', 'wx.onAppHide', 'onShow', 'wx.onAppShow'])
    expect(lines[4]).toBe('wx.onAppHide {"reason":0}')
    // The restored document kept its state: it shows again with the URL it had.
    expect(lines[5]).toBe(`onShow ${JSON.stringify(await page.evaluate(() => globalThis.__e2e.enter()))}`)
    expect(await page.evaluate(() => globalThis.__e2e.enter())).toMatchObject({ path: 'pages/detail/detail', query: { id: '1' }, scene: 1011 })
  })
})

describe('errors, rejections and theme', () => {
  it('a real uncaught exception reaches App.onError as a string', async () => {
    await open(`${origin}/`)
    await page.evaluate(() => globalThis.__e2e.throwLater())
    await page.waitForFunction(() => globalThis.__e2e.log().some(line => line.startsWith('App.onError')))
    expect((await log()).filter(line => line.startsWith('App.'))).toEqual(['App.onError Error: real uncaught'])
  })

  it('a real unhandled rejection reaches App.onUnhandledRejection', async () => {
    await page.evaluate(() => globalThis.__e2e.rejectLater())
    await page.waitForFunction(() => globalThis.__e2e.log().some(line => line.startsWith('App.onUnhandledRejection')))
    expect((await log()).filter(line => line.startsWith('App.'))).toEqual(['App.onError Error: real uncaught', 'App.onUnhandledRejection real rejection'])
  })

  it('prefers-color-scheme changes reach onThemeChange and getSystemInfoSync', async () => {
    await page.emulateMedia({ colorScheme: 'light' })
    expect(await page.evaluate(() => globalThis.__e2e.info().theme)).toBe('light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.waitForFunction(() => globalThis.__e2e.log().includes('wx.onThemeChange dark'))
    expect(await page.evaluate(() => globalThis.__e2e.info().theme)).toBe('dark')
  })
})

describe('system information on an emulated phone', () => {
  it('reads platform, model, pixel ratio and sizes from the browser', async () => {
    const context = await browser.newContext({ userAgent: IPHONE_UA, viewport: { width: 390, height: 664 }, screen: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true })
    try {
      const phone = await context.newPage()
      await phone.goto(`${origin}/`)
      await phone.waitForFunction(() => globalThis.__e2e !== undefined)
      expect(await phone.evaluate(() => globalThis.__e2e.info())).toMatchObject({
        platform: 'ios', system: 'iOS 17.1.2', brand: 'iPhone', model: 'iPhone',
        pixelRatio: 3, windowWidth: 390, windowHeight: 664, screenWidth: 390, screenHeight: 844,
        deviceOrientation: 'portrait',
      })
      await phone.setViewportSize({ width: 844, height: 300 })
      expect(await phone.evaluate(() => globalThis.__e2e.info())).toMatchObject({ windowWidth: 844, windowHeight: 300 })
    }
    finally {
      await context.close()
    }
  })
})
