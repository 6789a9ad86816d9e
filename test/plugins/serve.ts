// A static file server on 127.0.0.1 (ephemeral port) for built bundles, and Chromium to open them.
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import type { Browser, Page } from 'playwright-core'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.cjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.css': 'text/css',
}

export interface StaticServer {
  origin: string
  /** Serves `dir` under `/<prefix>/`. */
  mount(prefix: string, dir: string): void
  close(): Promise<void>
}

/**
 * Without `app`: serves each mounted `dir` under `/<prefix>/`. With `app`: serves that one
 * directory at the root, and its index.html for any path without an extension (history routes).
 */
export async function startStaticServer(app?: string): Promise<StaticServer> {
  const mounts = new Map<string, string>()
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    if (path === '/favicon.ico') {
      res.writeHead(204).end()
      return
    }
    const [, prefix = '', ...rest] = path.split('/')
    const dir = app ?? mounts.get(prefix)
    const inside = app ? path.slice(1) : rest.join('/')
    const file = dir && normalize(join(dir, !inside || (app && !extname(inside)) ? 'index.html' : inside))
    if (!dir || !file || !file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end('not found')
      return
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(res)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    mount: (prefix, dir) => void mounts.set(prefix, dir),
    close: () => new Promise<void>((resolve, reject) => server.close(error => (error ? reject(error) : resolve()))),
  }
}

export { launchChromium } from '../../scripts/lib/chromium.js'

/**
 * Opens `url` in a new page, runs `read` on it, and closes it. Page errors and console errors
 * are collected; an uncaught error ends the wait at once instead of at the timeout.
 */
async function withPage<T>(browser: Browser, url: string, read: (page: Page) => Promise<T>): Promise<T & { errors: string[] }> {
  const page = await browser.newPage()
  const errors: string[] = []
  page.on('pageerror', error => errors.push(error.message))
  page.on('console', message => {
    if (message.type() === 'error') errors.push(message.text())
  })
  try {
    const failed = new Promise<never>((_, reject) => page.on('pageerror', reject))
    failed.catch(() => undefined)
    await page.goto(url)
    return { ...await Promise.race([read(page), failed]), errors }
  }
  finally {
    await page.close()
  }
}

/** Opens `url`, waits until the page replaces its title, and returns the title parsed as JSON. */
export function readTitleJson(browser: Browser, url: string): Promise<{ result: unknown, errors: string[] }> {
  return withPage(browser, url, async (page) => {
    await page.waitForFunction(() => document.title.startsWith('{'), null, { timeout: 15_000 })
    return { result: JSON.parse(await page.title()) as unknown }
  })
}

/** Opens `url` and waits for the page's `#result` element: its JSON, the title, the final URL, errors. */
export function readPage(browser: Browser, url: string): Promise<{ title: string, url: string, result: unknown, errors: string[] }> {
  return withPage(browser, url, async (page) => {
    const text = await page.locator('#result').textContent({ timeout: 15_000 })
    return { title: await page.title(), url: page.url(), result: JSON.parse(text ?? 'null') as unknown }
  })
}
