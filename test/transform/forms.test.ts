import { describe, expect, it, vi } from 'vitest'
import { run } from './helpers'

vi.mock('../../runtime/implemented', () => import('./implemented.fixture'))

describe('member forms', () => {
  it('imports a called API and replaces the member expression', () => {
    expect(run(`wx.showToast({ title: 'hi' })`)).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast } from 'wx-h5/runtime';
      _wx_showToast({ title: 'hi' })"
    `)
  })
  it('reuses one local for repeated calls', () => {
    expect(run(`wx.showToast({ title: 'a' })\nwx.showToast({ title: 'b' })\nwx.request({ url })`)).toMatchInlineSnapshot(`
      "import { request as _wx_request, showToast as _wx_showToast } from 'wx-h5/runtime';
      _wx_showToast({ title: 'a' })
      _wx_showToast({ title: 'b' })
      _wx_request({ url })"
    `)
  })
  it('rewrites string-literal, optional and read access', () => {
    expect(run(`wx['showToast']({})\nwx?.showModal({})\nconst get = wx.getStorageSync\nif (wx.request) get('k')\nwx.env.USER_DATA_PATH`)).toMatchInlineSnapshot(`
      "import { env as _wx_env, getStorageSync as _wx_getStorageSync, request as _wx_request, showModal as _wx_showModal, showToast as _wx_showToast } from 'wx-h5/runtime';
      _wx_showToast({})
      _wx_showModal({})
      const get = _wx_getStorageSync
      if (_wx_request) get('k')
      _wx_env.USER_DATA_PATH"
    `)
  })
  it('folds typeof wx and typeof wx.X', () => {
    expect(run(`typeof wx === 'object'\ntypeof wx.showToast\ntypeof wx.env\ntypeof wx.openBluetoothAdapter`)).toMatchInlineSnapshot(`
      "'object' === 'object'
      'function'
      'object'
      'undefined'"
    `)
  })
  it('binds destructured locals to their imports', () => {
    expect(run(`const { showToast, request: req, 'getStorageSync': get } = wx\nshowToast({})`)).toMatchInlineSnapshot(`
      "import { getStorageSync as _wx_getStorageSync, request as _wx_request, showToast as _wx_showToast } from 'wx-h5/runtime';
      const showToast = _wx_showToast, req = _wx_request, get = _wx_getStorageSync
      showToast({})"
    `)
  })
  it('folds canIUse with a literal and imports it otherwise', () => {
    expect(run(`wx.canIUse('showToast')\nwx.canIUse('openBluetoothAdapter')\nwx.canIUse('getSystemInfoAsync')\nwx.canIUse(name)`)).toMatchInlineSnapshot(`
      "import { canIUse as _wx_canIUse } from 'wx-h5/runtime';
      true
      false
      false
      _wx_canIUse(name)"
    `)
  })
  it('imports getApp, getCurrentPages, App and Page', () => {
    expect(run(`const app = getApp()\nconst pages = getCurrentPages()\nPage({ data: {} })\nApp({ getApp })\ntypeof getApp`)).toMatchInlineSnapshot(`
      "import { App as _wx_App, Page as _wx_Page, getApp as _wx_getApp, getCurrentPages as _wx_getCurrentPages } from 'wx-h5/runtime';
      const app = _wx_getApp()
      const pages = _wx_getCurrentPages()
      _wx_Page({ data: {} })
      _wx_App({ getApp: _wx_getApp })
      'function'"
    `)
  })
})

describe('module formats', () => {
  it('uses require in a CommonJS module', () => {
    expect(run(`'use strict'\nconst util = require('./util')\nmodule.exports = () => wx.showToast({})`)).toMatchInlineSnapshot(`
      "'use strict'
      const { showToast: _wx_showToast } = require('wx-h5/runtime');
      const util = require('./util')
      module.exports = () => _wx_showToast({})"
    `)
  })
  it('puts the import after the hashbang and directives', () => {
    expect(run(`#!/usr/bin/env node\n'use strict';\nwx.showToast({})`)).toMatchInlineSnapshot(`
      "#!/usr/bin/env node
      'use strict';
      import { showToast as _wx_showToast } from 'wx-h5/runtime';
      _wx_showToast({})"
    `)
  })
  it('keeps existing imports and adds one statement', () => {
    expect(run(`import a from './a'\nexport const f = () => wx.request({ url: a })`)).toMatchInlineSnapshot(`
      "import { request as _wx_request } from 'wx-h5/runtime';
      import a from './a'
      export const f = () => _wx_request({ url: a })"
    `)
  })
  it('handles TypeScript', () => {
    expect(run(`declare const wx: WechatMiniprogram.Wx\nconst n: number = (wx.getStorageSync('n') as number)\ntype W = typeof wx\nfunction f(wx: string): void {}\n`, 'src/a.ts')).toMatchInlineSnapshot(`
      "import { getStorageSync as _wx_getStorageSync } from 'wx-h5/runtime';
      declare const wx: WechatMiniprogram.Wx
      const n: number = (_wx_getStorageSync('n') as number)
      type W = typeof wx
      function f(wx: string): void {}
      "
    `)
  })
  it('handles TSX and JSX', () => {
    expect(run(`export const A = (p: { wx: string }) => <div onClick={() => wx.showToast({ title: p.wx })} wx="1" />`, 'src/a.tsx')).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast } from 'wx-h5/runtime';
      export const A = (p: { wx: string }) => <div onClick={() => _wx_showToast({ title: p.wx })} wx="1" />"
    `)
    expect(run(`export const A = () => <wx.Foo onClick={() => wx.showToast({})} />`, 'src/a.jsx')).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast } from 'wx-h5/runtime';
      export const A = () => <wx.Foo onClick={() => _wx_showToast({})} />"
    `)
  })
  it('avoids locals that the module already uses', () => {
    expect(run(`const _wx_showToast = 1\nwx.showToast({})`)).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast_2 } from 'wx-h5/runtime';
      const _wx_showToast = 1
      _wx_showToast_2({})"
    `)
  })
})
