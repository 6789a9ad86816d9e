// The plugin's own pieces: the module header (setup import, CommonJS pick) with exact source maps,
// the printed summary, and build warnings/errors as Rollup reports them.
import { decode } from '@jridgewell/sourcemap-codec'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { rollup } from 'rollup'
import { afterAll, describe, expect, it } from 'vitest'
import { formatReport } from '../../src/build-report'
import { finishModule } from '../../src/module-header'
import { resolveOptions } from '../../src/options'
import { chromeParts, pageModules, setupModuleCode } from '../../src/setup-module'
import { transformWx } from '../../src/transform'
import wxH5 from '../../plugins/rollup'

const options = resolveOptions({ target: '3.0.0' })

/** [generated column, source, original line, original column] of each segment of one output line. */
function segmentsOf(map: { mappings: string }, line: number): number[][] {
  return decode(map.mappings)[line]!.map(segment => [...segment])
}

describe('finishModule', () => {
  it('puts the setup import first in an ES module and shifts the map by one line', () => {
    const code = `wx.showToast({ title: 'a' })\n`
    const transformed = transformWx(code, '/app/a.js', options)!
    const finished = finishModule(transformed, options.runtime)
    expect(finished.code.split('\n')).toEqual([
      `import '~wx-h5/setup';`,
      `import { showToast as _wx_showToast } from 'wx-h5/runtime';`,
      `_wx_showToast({ title: 'a' })`,
      '',
    ])
    // The call's first character still maps to `wx.showToast` at 1:0 of the source.
    expect(segmentsOf(finished.map!, 2)[0]).toEqual([0, 0, 0, 0])
    expect(decode(finished.map!.mappings).slice(1)).toEqual(decode(transformed.map!.mappings))
  })

  it('requires setup and a pick module after the directive prologue of a CommonJS module', () => {
    const code = `'use strict' // strict\nmodule.exports = () => wx.showToast({})\n`
    const transformed = transformWx(code, '/app/b.js', options)!
    const finished = finishModule(transformed, options.runtime)
    const lines = finished.code.split('\n')
    expect(lines).toEqual([
      `'use strict'`,
      `require('~wx-h5/setup');`,
      `const { showToast: _wx_showToast } = require('~wx-h5/pick/showToast'); // strict`,
      'module.exports = () => _wx_showToast({})',
      '',
    ])
    // ` // strict` kept its place in the source although the require before it got longer.
    const [generated, , line, column] = segmentsOf(finished.map!, 2)[0]!
    expect(lines[2]!.slice(generated)).toBe(' // strict')
    expect([line, column]).toEqual([0, code.indexOf(' // strict')])
    expect(segmentsOf(finished.map!, 3)).toEqual(segmentsOf(transformed.map!, 2))
  })
})

describe('setup module', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-h5-setup-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('configures the runtime with every page of app.json and starts the router', () => {
    mkdirSync(join(dir, 'pages/a'), { recursive: true })
    mkdirSync(join(dir, 'pkg/b'), { recursive: true })
    writeFileSync(join(dir, 'pages/a/a.js'), 'Page({})\n')
    writeFileSync(join(dir, 'pages/a/a.json'), '{ "navigationBarTitleText": "A" }\n')
    writeFileSync(join(dir, 'pkg/b/b.ts'), 'Page({})\n')
    writeFileSync(join(dir, 'app.json'), JSON.stringify({ pages: ['pages/a/a', 'pages/gone/gone'], subPackages: [{ root: 'pkg/', pages: ['b/b'] }] }))
    const resolved = resolveOptions({ app: join(dir, 'app.json'), appId: 'wx1', target: '3.0.0', domains: { request: ['https://api.example.com'] } })
    const pages = pageModules(resolved.app!)
    expect(pages).toEqual({
      found: [['pages/a/a', join(dir, 'pages/a/a.js')], ['pkg/b/b', join(dir, 'pkg/b/b.ts')]],
      missing: ['pages/gone/gone'],
      configs: [['pages/a/a', { navigationBarTitleText: 'A' }]],
    })
    const code = setupModuleCode(resolved, pages)
    expect(code).toContain(`import { configure, startRouter } from "wx-h5/runtime";`)
    expect(code).toContain(`"pages/a/a": () => import(${JSON.stringify(join(dir, 'pages/a/a.js'))}),`)
    expect(code).toContain(`"pkg/b/b": () => import(${JSON.stringify(join(dir, 'pkg/b/b.ts'))}),`)
    expect(code).toContain(`domains: {"request":["https://api.example.com"]}`)
    expect(code).toContain(`pageConfig: {"pages/a/a":{"navigationBarTitleText":"A"}}`)
    expect(code).toContain(`import { navigationBar } from "wx-h5/runtime";`)
    expect(code).toContain(`chrome: [navigationBar]`)
    expect(code.trim().split('\n').at(-1)).toBe('setTimeout(startRouter, 0);')
  })

  it('names the page chrome app.json asks for', () => {
    expect(chromeParts({ pages: [] })).toEqual(['navigationBar'])
    expect(chromeParts({ pages: [], tabBar: { list: [] }, window: { enablePullDownRefresh: true } })).toEqual(['navigationBar', 'tabBar', 'pullDownRefresh'])
    expect(chromeParts({ pages: [], tabBar: { custom: true, list: [] } }, [['pages/a/a', { enablePullDownRefresh: true }]])).toEqual(['navigationBar', 'pullDownRefresh'])
  })

  it('only configures when there is no app', () => {
    expect(setupModuleCode(resolveOptions({ target: '3.0.0' }), undefined))
      .toBe(`import { configure } from "wx-h5/runtime";\nconfigure({ target: "3.0.0" });\n`)
  })
})

describe('summary', () => {
  it('prints the counts, then each guarded and whole-object site', () => {
    const text = formatReport({
      sites: [
        { file: '/app/a.js', line: 1, column: 0, name: 'showToast', status: 'imported' },
        { file: '/app/a.js', line: 3, column: 4, name: 'startWifi', status: 'guarded', reason: 'not implemented on the web' },
        { file: '/app/b.js', line: 7, column: 10, name: 'wx', status: 'whole-object', reason: 'passed as an argument' },
      ],
      counts: { 'imported': 1, 'guarded': 1, 'folded': 0, 'whole-object': 1 },
    }, '/app')
    expect(text).toBe([
      '[wx-h5] compatibility: 1 imported, 1 guarded, 0 folded, 1 whole-object',
      '  a.js:3:5 wx.startWifi not implemented on the web',
      '  b.js:7:11 wx (whole object) passed as an argument',
    ].join('\n'))
  })
})

describe('build messages (Rollup)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wx-h5-messages-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))
  const external = (id: string) => id === 'wx-h5/runtime' || id.startsWith('~wx-h5/')

  it('forwards a syntax error as a warning with file:line:column and leaves the file alone', async () => {
    writeFileSync(join(dir, 'broken.js'), 'export const a = 1\nwx.showToast({ title: \n')
    const warnings: string[] = []
    await expect(rollup({
      input: join(dir, 'broken.js'),
      external,
      plugins: [wxH5({ target: '3.0.0' })],
      onwarn: warning => void warnings.push(warning.message),
    })).rejects.toThrow()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]).toContain(`${join(dir, 'broken.js')}:3:1: could not parse the file`)
  })

  it("fails the build under unsupported: 'error'", async () => {
    writeFileSync(join(dir, 'wifi.js'), 'wx.startWifi({})\n')
    await expect(rollup({ input: join(dir, 'wifi.js'), external, plugins: [wxH5({ unsupported: 'error' })] }))
      .rejects.toThrow(`${join(dir, 'wifi.js')}:1:1 wx.startWifi: not implemented on the web`)
  })

  it('reports every rewritten site through onReport', async () => {
    writeFileSync(join(dir, 'calls.js'), 'wx.showToast({})\nwx.startWifi({})\nif (wx.canIUse("showModal")) {}\n')
    let counts: unknown
    const bundle = await rollup({
      input: join(dir, 'calls.js'),
      external,
      plugins: [wxH5({ unsupported: 'silent', onReport: report => void (counts = report.counts) })],
    })
    await bundle.close()
    expect(counts).toEqual({ 'imported': 1, 'guarded': 1, 'folded': 1, 'whole-object': 0 })
  })
})
