import { describe, expect, it, vi } from 'vitest'
import { UnsupportedApiError } from '../../src/transform'
import { run, runDetailed } from './helpers'

vi.mock('../../runtime/implemented', () => import('./implemented.fixture'))

describe('guards', () => {
  it('turns a guarded read into undefined and a guarded call into a stub', () => {
    const source = `if (wx.openBluetoothAdapter) {}\nwx.openBluetoothAdapter({ mode: 'central' })\nwx.getSystemInfoAsync({})\nwx.getStorageInfoSync()`
    expect(run(source)).toMatchInlineSnapshot(`
      "import { unsupported as _wx_unsupported } from 'wx-h5/runtime';
      const _wx_openBluetoothAdapter = /* @__PURE__ */ _wx_unsupported('openBluetoothAdapter', 'async');
      const _wx_getSystemInfoAsync = /* @__PURE__ */ _wx_unsupported('getSystemInfoAsync', 'async');
      const _wx_getStorageInfoSync = /* @__PURE__ */ _wx_unsupported('getStorageInfoSync', 'sync');
      if (undefined) {}
      _wx_openBluetoothAdapter({ mode: 'central' })
      _wx_getSystemInfoAsync({})
      _wx_getStorageInfoSync()"
    `)
  })
  it('reports each guarded site with line, column and reason, and warns', () => {
    const { result } = runDetailed(`const x = 1\n  wx.openBluetoothAdapter()\nwx.getSystemInfoAsync({})`, 'src/g.js')
    expect(result!.report).toEqual([
      { file: 'src/g.js', line: 2, column: 2, name: 'openBluetoothAdapter', status: 'guarded', reason: 'not implemented on the web' },
      { file: 'src/g.js', line: 3, column: 0, name: 'getSystemInfoAsync', status: 'guarded', reason: 'needs base library 2.14.1, target is 2.10.0' },
    ])
    expect(result!.warnings.map(w => w.message)).toEqual([
      '[wx-h5] src/g.js:2:3: wx.openBluetoothAdapter: not implemented on the web; the call fails with "not supported".',
      '[wx-h5] src/g.js:3:1: wx.getSystemInfoAsync: needs base library 2.14.1, target is 2.10.0; the call fails with "not supported".',
    ])
    expect(result!.warnings[0]!.loc).toEqual({ file: 'src/g.js', line: 2, column: 2 })
  })
  it('imports an API once the target is new enough', () => {
    expect(run(`wx.getSystemInfoAsync({})`, 'src/a.js', { target: '2.14.1' })).toMatchInlineSnapshot(`
      "import { getSystemInfoAsync as _wx_getSystemInfoAsync } from 'wx-h5/runtime';
      _wx_getSystemInfoAsync({})"
    `)
  })
  it('still reports but does not warn when unsupported is silent', () => {
    const { result } = runDetailed(`wx.openBluetoothAdapter()`, 'src/a.js', { unsupported: 'silent' })
    expect(result!.warnings).toEqual([])
    expect(result!.report).toHaveLength(1)
  })
  it('throws an error listing the guarded calls when unsupported is error', () => {
    const source = `if (wx.openBluetoothAdapter) wx.openBluetoothAdapter()\nwx.getSystemInfoAsync()`
    expect(() => run(source, 'src/e.js', { unsupported: 'error' })).toThrowError(UnsupportedApiError)
    expect(() => run(source, 'src/e.js', { unsupported: 'error' })).toThrowErrorMatchingInlineSnapshot(`
      [UnsupportedApiError: [wx-h5] 2 calls of wx APIs the web runtime cannot provide (option \`unsupported\` is "error"):
        src/e.js:1:30 wx.openBluetoothAdapter: not implemented on the web
        src/e.js:2:1 wx.getSystemInfoAsync: needs base library 2.14.1, target is 2.10.0]
    `)
    expect(run(`if (wx.openBluetoothAdapter) {}`, 'src/e.js', { unsupported: 'error' })).toBe(`if (undefined) {}`)
  })
  it('warns about option keys newer than the target', () => {
    const { result } = runDetailed(`wx.pageScrollTo({ scrollTop: 0, selector: '#a', offsetTop: 4 })`, 'src/p.js', { target: '2.8.0' })
    expect(result!.warnings).toEqual([{
      code: 'WX_H5_PARAM_TOO_NEW',
      message: '[wx-h5] src/p.js:1:49: option `offsetTop` of wx.pageScrollTo needs base library 2.23.1, target is 2.8.0; a real client of that version ignores it.',
      loc: { file: 'src/p.js', line: 1, column: 48 },
    }])
    expect(result!.report).toEqual([{ file: 'src/p.js', line: 1, column: 0, name: 'pageScrollTo', status: 'imported' }])
  })
})

describe('whole-object fallback', () => {
  it('imports the whole object for value uses and reports each line', () => {
    const source = `register(wx)\nconst w = wx\nwx[name]()\nwx.showToast({})\nwx.custom = 1`
    const { result } = runDetailed(source, 'src/w.js')
    expect(result!.code).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast, wx as _wx } from 'wx-h5/runtime';
      register(_wx)
      const w = _wx
      _wx[name]()
      _wx_showToast({})
      _wx.custom = 1"
    `)
    expect(result!.report.filter(r => r.status === 'whole-object').map(r => `${r.line}:${r.column} ${r.reason}`)).toMatchInlineSnapshot(`
      [
        "1:9 passed as an argument",
        "2:10 aliased to a variable",
        "3:0 read with a computed key (wx[name])",
        "5:0 written to (wx.custom = …)",
      ]
    `)
    expect(result!.warnings[0]!.message).toBe('[wx-h5] src/w.js:1:10: wx is passed as an argument, so this file imports the whole wx object (no tree-shaking).')
  })
  it('sends every access of an assigned API through the object', () => {
    expect(run(`const original = wx.request\nwx.request = (o) => original(o)\nwx.request({ url })\ndelete wx.showToast`)).toMatchInlineSnapshot(`
      "import { wx as _wx } from 'wx-h5/runtime';
      const original = _wx.request
      _wx.request = (o) => original(o)
      _wx.request({ url })
      delete _wx.showToast"
    `)
  })
  it('keeps a reassigned wx mutable', () => {
    expect(run(`wx = wx || {}\nwx.showToast()`)).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast, wx as _wx_wx } from 'wx-h5/runtime';
      let _wx = _wx_wx;
      _wx = _wx || {}
      _wx_showToast()"
    `)
  })
  it('keeps the key of a shorthand property', () => {
    expect(run(`export default { wx, getApp }`)).toMatchInlineSnapshot(`
      "import { getApp as _wx_getApp, wx as _wx } from 'wx-h5/runtime';
      export default { wx: _wx, getApp: _wx_getApp }"
    `)
  })
  it('uses the whole object for destructuring with defaults or rest', () => {
    expect(run(`const { showToast = noop, ...rest } = wx`)).toMatchInlineSnapshot(`
      "import { wx as _wx } from 'wx-h5/runtime';
      const { showToast = noop, ...rest } = _wx"
    `)
  })
})
