import { transformSync } from '@babel/core'
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import { resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import wxH5Babel from '../../plugins/babel'
import { BASE_OPTIONS, run } from './helpers'

vi.mock('../../runtime/implemented', () => import('./implemented.fixture'))

const BABEL = { configFile: false, babelrc: false } as const

/** Babel's own syntax plugins for the file type, as a project's config would enable them. */
function syntaxFor(filename: string) {
  const plugins = filename.endsWith('.tsx') ? ['typescript', 'jsx'] : filename.endsWith('.ts') ? ['typescript'] : ['jsx']
  return { parserOpts: { plugins } } as Parameters<typeof transformSync>[1]
}

function viaBabel(code: string, filename: string, sourceMaps = false) {
  const options = { ...BASE_OPTIONS, sourcemap: sourceMaps }
  return transformSync(code, { ...BABEL, ...syntaxFor(filename), filename, sourceMaps, plugins: [[wxH5Babel, options]] })!
}

describe('babel plugin', () => {
  beforeEach(() => {
    vi.spyOn(console, 'warn').mockImplementation(() => {})
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })
  const cases: Array<[string, string]> = [
    ['src/page.js', `const app = getApp()\nPage({ onLoad() { wx.showToast({ title: app.name }) } })`],
    ['src/a.ts', `const n: number = wx.getStorageSync('n') as number\nif (wx.openBluetoothAdapter) wx.openBluetoothAdapter()`],
    ['src/a.tsx', `export const A = () => <b onClick={() => wx.showModal({})}>{typeof wx.request}</b>`],
    ['src/c.js', `'use strict'\nmodule.exports = function () { return wx.canIUse('showToast') && register(wx) }`],
  ]
  it.each(cases)('produces the same code as the transform for %s', (filename, code) => {
    const expected = transformSync(run(code, filename)!, { ...BABEL, ...syntaxFor(filename), filename })!.code
    expect(viaBabel(code, filename).code).toBe(expected)
  })
  it('leaves a module without wx to Babel', () => {
    expect(viaBabel(`const x = 1`, 'src/x.js').code).toBe(`const x = 1;`)
  })
  it('prints warnings with console.warn', () => {
    viaBabel(`\nwx.openBluetoothAdapter()`, 'src/w.js')
    expect(console.warn).toHaveBeenCalledWith(`[wx-h5] ${resolve('src/w.js')}:2:1: wx.openBluetoothAdapter: not implemented on the web; the call fails with "not supported".`)
  })
  it('exposes the report in the metadata', () => {
    const metadata = viaBabel(`wx.showToast()`, 'src/m.js').metadata as unknown as { wxH5: { report: unknown[] } }
    expect(metadata.wxH5.report).toEqual([{ file: resolve('src/m.js'), line: 1, column: 0, name: 'showToast', status: 'imported' }])
  })
  it('maps Babel output back to the original source', () => {
    const source = `const a = 1\n\nfunction f() {\n    return wx.showToast({ title: 'x' })\n}\n`
    const { code, map } = viaBabel(source, 'src/page.js', true)
    const lines = code!.split('\n')
    const line = lines.findIndex(text => text.includes('_wx_showToast({')) + 1
    const column = lines[line - 1]!.indexOf('_wx_showToast({')
    expect(originalPositionFor(new TraceMap(map as never), { line, column })).toMatchObject({ line: 4, column: 11 })
  })
  it('rejects bad options when the plugin is created', () => {
    expect(() => transformSync('x', { ...BABEL, plugins: [[wxH5Babel, { target: 'abc' }]] }))
      .toThrowError('[wx-h5] `target` must be a base-library version like "2.10.0"; got "abc".')
  })
})
