import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LATEST_VERSION } from '../../runtime/catalog'
import { DEFAULT_OPTIONS, resolveOptions } from '../../src/options'

describe('resolveOptions', () => {
  it('fills in every default', () => {
    expect(resolveOptions()).toEqual(DEFAULT_OPTIONS)
    expect(resolveOptions({})).toMatchObject({
      target: LATEST_VERSION,
      app: undefined,
      appId: undefined,
      unsupported: 'warn',
      sourcemap: true,
      runtime: 'wx-h5/runtime',
      domains: { request: [], uploadFile: [], downloadFile: [], socket: [] },
    })
  })
  it('never mutates its input', () => {
    const input = Object.freeze({ target: '2.10.0', include: Object.freeze([/a/]), domains: Object.freeze({ request: Object.freeze(['https://a.example']) }) })
    const resolved = resolveOptions(input)
    expect(resolved.include).not.toBe(input.include)
    expect(resolved.domains.request).not.toBe(input.domains.request)
  })
  it('reads and validates app.json from a path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wx-h5-options-'))
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/index/index'], window: { navigationBarTitleText: 'T' } }))
    expect(resolveOptions({ app: join(dir, 'app.json') }).app).toEqual({
      config: { pages: ['pages/index/index'], window: { navigationBarTitleText: 'T' } },
      appRoot: dir,
    })
    writeFileSync(join(dir, 'bad.json'), '{ pages: [')
    expect(() => resolveOptions({ app: join(dir, 'bad.json') })).toThrowError(/^\[wx-h5\] `app` must be the path of a valid JSON file; ".*bad\.json" does not parse/)
    expect(() => resolveOptions({ app: join(dir, 'missing.json') })).toThrowError(/^\[wx-h5\] `app` must be the path of a readable app\.json file; could not read ".*missing\.json" \(ENOENT\)\.$/)
  })

  const invalid: Array<[string, unknown, ErrorConstructor, string]> = [
    ['options', 42, TypeError, '[wx-h5] `options` must be an object; got 42.'],
    ['unknown key', { tagret: '2.10.0' }, Error, '[wx-h5] Unknown option `tagret`; expected one of `target`, `include`, `exclude`, `app`, `appId`, `unsupported`, `sourcemap`, `domains`, `runtime`.'],
    ['target type', { target: 2.1 }, TypeError, '[wx-h5] `target` must be a base-library version string like "2.10.0"; got 2.1.'],
    ['target format', { target: 'abc' }, Error, '[wx-h5] `target` must be a base-library version like "2.10.0"; got "abc".'],
    ['target too new', { target: '99.0.0' }, Error, `[wx-h5] \`target\` must be a base-library version no newer than "${LATEST_VERSION}" (the newest in the catalog); got "99.0.0".`],
    ['include', { include: [/a/, 3] }, TypeError, '[wx-h5] `include` must be a RegExp, a glob string or an array of them; got an array.'],
    ['exclude', { exclude: null }, TypeError, '[wx-h5] `exclude` must be a RegExp, a glob string or an array of them; got null.'],
    ['app type', { app: 1 }, TypeError, '[wx-h5] `app` must be the path of app.json or its parsed object; got 1.'],
    ['app pages', { app: { pages: [] } }, Error, '[wx-h5] `app` must have `pages`, a non-empty array of page paths like ["pages/index/index"]; got an array.'],
    ['app pages missing', { app: { window: {} } }, Error, '[wx-h5] `app` must have `pages`, a non-empty array of page paths like ["pages/index/index"]; got undefined.'],
    ['appId type', { appId: 123 }, TypeError, '[wx-h5] `appId` must be a string like "wx1234567890abcdef"; got 123.'],
    ['appId format', { appId: 'wx 1' }, Error, '[wx-h5] `appId` must be an AppID like "wx1234567890abcdef" (letters, digits, "_" or "-"); got "wx 1".'],
    ['unsupported', { unsupported: 'throw' }, Error, '[wx-h5] `unsupported` must be one of "warn", "error", "silent"; got "throw".'],
    ['unsupported type', { unsupported: true }, TypeError, '[wx-h5] `unsupported` must be one of "warn", "error", "silent"; got true.'],
    ['sourcemap', { sourcemap: 'yes' }, TypeError, '[wx-h5] `sourcemap` must be true or false; got "yes".'],
    ['domains', { domains: ['https://a.example'] }, TypeError, '[wx-h5] `domains` must be an object like { request: ["https://api.example.com"] }; got an array.'],
    ['domains key', { domains: { fetch: [] } }, Error, '[wx-h5] Unknown option `domains.fetch`; expected one of `request`, `uploadFile`, `downloadFile`, `socket`.'],
    ['domains list', { domains: { request: 'https://a.example' } }, TypeError, '[wx-h5] `domains.request` must be an array of origins like ["https://api.example.com"]; got "https://a.example".'],
    ['domains origin', { domains: { request: ['https://a.example/api'] } }, Error, '[wx-h5] `domains.request` must be origins like "https://api.example.com" (scheme and host, no path); got "https://a.example/api".'],
    ['socket origin', { domains: { socket: ['https://a.example'] } }, Error, '[wx-h5] `domains.socket` must be origins like "wss://api.example.com" (scheme and host, no path); got "https://a.example".'],
    ['runtime', { runtime: '' }, TypeError, '[wx-h5] `runtime` must be a non-empty import specifier like "wx-h5/runtime"; got "".'],
  ]
  it.each(invalid)('rejects a bad %s', (_name, options, type, message) => {
    let thrown: unknown
    try {
      resolveOptions(options)
    }
    catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(type)
    expect((thrown as Error).constructor).toBe(type)
    expect((thrown as Error).message).toBe(message)
  })
})
