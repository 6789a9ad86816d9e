// Runs a benchmark entry inside real Chromium: bundles it with esbuild, serves it on
// 127.0.0.1 (ephemeral port), opens it with playwright-core and returns what the entry
// assigned to `globalThis.__bench` (a Promise of a JSON-able result). Everything it
// starts, it stops.
import { createServer } from 'node:http'
import { build } from 'esbuild'
import { launchChromium } from '../../scripts/lib/chromium.js'

export { CHROMIUM_ARGS, launchChromium } from '../../scripts/lib/chromium.js'

/**
 * @param {{ entry: string, routes?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => boolean, timeoutMs?: number, define?: Record<string, string> }} options
 */
export async function runInChromium({ entry, routes, timeoutMs = 300_000, define }) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    define,
    logLevel: 'silent',
  })
  const script = out.outputFiles[0].text
  const server = createServer((req, res) => {
    if (routes?.(req, res)) return
    if (req.url === '/bench.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' })
      res.end(script)
      return
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    res.end('<!doctype html><meta charset="utf-8"><title>bench</title><body><script type="module" src="/bench.js"></script>')
  })
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address()
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    page.on('console', msg => process.stderr.write(`[page] ${msg.text()}\n`))
    await page.goto(`http://127.0.0.1:${port}/`)
    await page.waitForFunction(() => globalThis.__bench !== undefined, null, { timeout: timeoutMs })
    return await page.evaluate(() => globalThis.__bench)
  }
  finally {
    await browser.close()
    await new Promise(resolve => server.close(resolve))
  }
}

/** Median of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
