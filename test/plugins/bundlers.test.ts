// The plugin under the five real bundlers: each builds test/fixtures/app with the plugin from
// dist/, and the bundle must hold only the runtime APIs the fixture uses and must run in Chromium.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildWith, root } from './builders'
import type { Built, BundlerName } from './builders'
import { launchChromium, readPage, readTitleJson, startStaticServer } from './serve'
import type { StaticServer } from './serve'

const TARGET = '3.0.0'
const BUNDLERS: BundlerName[] = ['vite', 'webpack', 'rollup', 'esbuild', 'rspack']

let out: string
let server: StaticServer
let browser: Browser
const built = new Map<BundlerName, Built>()

beforeAll(async () => {
  // `npm test` builds first; a lone `vitest run test/plugins` builds when dist/ is missing.
  if (!existsSync(join(root, 'dist/vite.mjs')) || !existsSync(join(root, 'dist/runtime/index.mjs')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
  out = mkdtempSync(join(tmpdir(), 'wx-h5-plugins-'))
  server = await startStaticServer()
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (out) rmSync(out, { recursive: true, force: true })
})

/**
 * A runtime API is in a bundle when its name is there as a string that is not an object key: the
 * name its definition passes to defineSync/defineAsync (the catalog, a data table that some APIs
 * read, has every name, as keys).
 */
const defines = (api: string) => new RegExp(`["'\`]${api}["'\`](?!\\s*:)`)

const USED = ['setStorageSync', 'getStorageSync', 'getSystemInfoSync']
const USED_FROM_COMMONJS = ['removeStorageSync']
/** Implemented by the runtime but not used by the fixture: tree-shaken away. */
const UNUSED = ['showModal', 'showToast', 'getStorageInfoSync', 'clearStorageSync', 'setStorage']

describe.each(BUNDLERS)('%s', (name) => {
  // Rollup bundles CommonJS only with @rollup/plugin-commonjs, so its entry leaves forget.cjs out.
  const withCommonJs = name !== 'rollup'

  it('builds the fixture with the runtime APIs it uses and no others', async () => {
    const result = await buildWith(name, join(out, name), { target: TARGET, appId: 'wxfixture' })
    built.set(name, result)
    server.mount(name, result.dir)
    // Rollup reports the runtime's own import cycles (legal in ES modules); nothing else may warn.
    expect(result.warnings.filter(w => !/^Circular dependency: .*dist\/runtime\//.test(w))).toEqual([])
    expect(result.report.counts).toEqual({ 'imported': withCommonJs ? 5 : 4, 'guarded': 0, 'folded': 1, 'whole-object': 0 })
    for (const api of [...USED, ...(withCommonJs ? USED_FROM_COMMONJS : [])])
      expect(result.code, `${name} bundle defines ${api}`).toMatch(defines(api))
    for (const api of [...UNUSED, ...(withCommonJs ? [] : USED_FROM_COMMONJS)])
      expect(result.code, `${name} bundle leaves ${api} out`).not.toMatch(defines(api))
  })

  it('runs in Chromium with the configured target', async () => {
    const { result, errors } = await readTitleJson(browser, `${server.origin}/${name}/`)
    expect(errors).toEqual([])
    expect(result).toEqual({
      stored: { visits: 1 },
      SDKVersion: TARGET,
      canShowModal: true,
      ...(withCommonJs ? { afterForget: '' } : {}),
    })
  })
})

describe.each(['vite', 'webpack', 'rspack'] as const)('%s transform output', (name) => {
  it('gives the ES module an import and the CommonJS module a require, setup first', () => {
    const { transformed } = built.get(name)!
    const esm = transformed.get('report.js')!
    const cjs = transformed.get('forget.cjs')!
    expect(esm.split('\n').slice(0, 2)).toEqual([
      `import '~wx-h5/setup';`,
      `import { getStorageSync as _wx_getStorageSync, getSystemInfoSync as _wx_getSystemInfoSync, setStorageSync as _wx_setStorageSync } from 'wx-h5/runtime';`,
    ])
    expect(esm).not.toMatch(/\brequire\(/)
    expect(cjs.split('\n').slice(0, 2)).toEqual([
      `require('~wx-h5/setup');`,
      `const { removeStorageSync: _wx_removeStorageSync } = require('~wx-h5/pick/removeStorageSync');`,
    ])
    expect(cjs).not.toMatch(/^\s*import\b/m)
  })
})

// An app laid out as a mini-program: app.json pages and a subpackage (with a TypeScript page),
// page.json files, history routes. The setup module configures the runtime and starts the router.
describe.each(['vite', 'esbuild', 'rspack'] as const)('%s app with app.json', (name) => {
  let app: StaticServer | undefined

  afterAll(async () => {
    await app?.close()
  })

  it('opens the first page, then a subpackage page from its URL', async () => {
    const dir = join(root, 'test/fixtures/pages-app')
    const result = await buildWith(name, join(out, `${name}-pages`), { app: join(dir, 'app.json'), appId: 'wxpages' }, { dir, entry: 'app.js', base: '/', splitting: true })
    expect(result.warnings).toEqual([])
    app = await startStaticServer(result.dir)
    const home = await readPage(browser, `${app.origin}/`)
    expect(home).toEqual({ title: 'Home', url: `${app.origin}/pages/home/home`, result: { route: 'pages/home/home', stack: 1, launchedAt: 'pages/home/home' }, errors: [] })
    const detail = await readPage(browser, `${app.origin}/shop/detail/detail?id=7`)
    expect(detail).toEqual({ title: 'Detail', url: `${app.origin}/shop/detail/detail?id=7`, result: { route: 'shop/detail/detail', id: '7', launchedAt: 'shop/detail/detail' }, errors: [] })
  })
})
