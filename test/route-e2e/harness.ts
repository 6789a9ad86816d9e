import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/lib/chromium.js'

export interface Harness { browser: Browser, page: Page, origin: string, close: () => Promise<void> }

/** Bundles app.ts, serves it for every URL under /app/ (an SPA fallback) and opens Chromium. */
export async function startHarness(): Promise<Harness> {
  const out = await build({
    entryPoints: [fileURLToPath(new URL('./app.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  })
  const script = out.outputFiles[0].text
  const server: Server = createServer((req, res) => {
    if (req.url === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      res.end(script)
      return
    }
    if (req.url?.startsWith('/app/') || req.url === '/app' || req.url === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      res.end('<!doctype html><meta charset="utf-8"><title>route e2e</title><body><script type="module" src="/app.js"></script>')
      return
    }
    res.writeHead(404)
    res.end()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await launchChromium()
  const page = await browser.newPage()
  page.on('pageerror', err => process.stderr.write(`[page error] ${err.message}\n`))
  return {
    browser,
    page,
    origin,
    async close() {
      await browser.close()
      await new Promise<void>(resolve => server.close(() => resolve()))
    },
  }
}

declare global {
  // eslint-disable-next-line vars-on-top
  var __t: {
    call: (api: string, options: object) => Promise<string>
    pops: () => number
    step: (step: object) => Promise<{ errMsg?: string, snapshot: Snapshot }>
    run: (steps: object[]) => Promise<Array<{ errMsg?: string, snapshot: Snapshot }>>
    idle: () => Promise<void>
    events: () => string[]
    snapshot: () => Snapshot
  }
  // eslint-disable-next-line vars-on-top
  var __ready: Promise<boolean>
}

export interface Snapshot { pages: Array<{ route: string, options: Record<string, string> }>, url: string, visible: string[], containers: string[] }

/** Opens a URL as a fresh document (sessionStorage `mode` picks hash or history routing). */
export async function open(page: Page, url: string): Promise<void> {
  // Each opened document starts with an empty lifecycle log (it lives in sessionStorage to survive reloads).
  if (page.url().startsWith('http')) await page.evaluate(() => sessionStorage.removeItem('events'))
  await page.goto(url)
  await page.evaluate(() => globalThis.__ready)
}

export async function call(page: Page, api: string, options: object = {}): Promise<string> {
  return page.evaluate(([a, o]) => globalThis.__t.call(a, o), [api, options] as const)
}

/** The browser's back/forward button; resolves once the router has handled the popstate. */
export async function press(page: Page, button: 'back' | 'forward'): Promise<void> {
  const before = await page.evaluate(() => globalThis.__t.pops())
  if (button === 'back') await page.goBack({ waitUntil: 'commit' })
  else await page.goForward({ waitUntil: 'commit' })
  await page.waitForFunction(n => globalThis.__t.pops() > n, before)
  await page.evaluate(() => globalThis.__t.idle())
}

export async function reload(page: Page): Promise<void> {
  await page.reload()
  await page.evaluate(() => globalThis.__ready)
}

export function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => globalThis.__t.snapshot())
}

export function events(page: Page): Promise<string[]> {
  return page.evaluate(() => globalThis.__t.events())
}
