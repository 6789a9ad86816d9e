import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { build } from 'esbuild'
import type { Browser } from 'playwright-core'
import { launchChromium } from '../../scripts/lib/chromium.js'

export const PAGE_HTML = '<!doctype html><meta charset="utf-8"><script src="/page.js"></script>'

export interface PageHarness {
  origin: string
  browser: Browser
  /** Closes the browser and the server. */
  close: () => Promise<void>
}

/**
 * For whole-page tests: bundles `entry` (an IIFE served as /page.js), serves it on
 * 127.0.0.1 with `pages` (path -> HTML; without it every other URL gets PAGE_HTML) and
 * starts Chromium.
 */
export async function startPageHarness(entry: string, pages?: Record<string, string>): Promise<PageHarness> {
  const bundle = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    logLevel: 'silent',
  })
  const script = bundle.outputFiles[0]!.text
  const server = createServer((req, res) => {
    if (req.url === '/page.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      res.end(script)
      return
    }
    const html = pages ? pages[req.url ?? ''] : PAGE_HTML
    res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' })
    res.end(html ?? 'not found')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const browser = await launchChromium()
  return {
    origin,
    browser,
    async close() {
      await browser.close()
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
    },
  }
}
