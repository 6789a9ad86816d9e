import { describe, expect, it, vi } from 'vitest'
import { run } from './helpers'

vi.mock('../../runtime/implemented', () => import('./implemented.fixture'))

describe('shadowing', () => {
  it('keeps wx that is a parameter', () => {
    expect(run(`function f(wx) { wx.showToast() }\nconst g = ({ wx }) => wx.request()\nconst h = (...wx) => wx`)).toBeUndefined()
  })
  it('keeps wx declared in a block, and rewrites it outside the block', () => {
    expect(run(`{ const wx = mock; wx.showToast() }\nwx.showToast()`)).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast } from 'wx-h5/runtime';
      { const wx = mock; wx.showToast() }
      _wx_showToast()"
    `)
  })
  it('keeps wx bound by a hoisted var or function declaration used before it', () => {
    expect(run(`function f() { wx.showToast(); var wx = mock }\nwx.request()`)).toMatchInlineSnapshot(`
      "import { request as _wx_request } from 'wx-h5/runtime';
      function f() { wx.showToast(); var wx = mock }
      _wx_request()"
    `)
    expect(run(`wx.showToast()\nfunction wx() {}`)).toBeUndefined()
  })
  it('keeps a catch parameter named wx', () => {
    expect(run(`try {} catch (wx) { wx.showToast() }\nwx.request()`)).toMatchInlineSnapshot(`
      "import { request as _wx_request } from 'wx-h5/runtime';
      try {} catch (wx) { wx.showToast() }
      _wx_request()"
    `)
  })
  it('keeps an imported wx', () => {
    expect(run(`import wx from './fake-wx'\nwx.showToast()`)).toBeUndefined()
    expect(run(`import { getApp } from './app'\ngetApp()\nwx.request()`)).toMatchInlineSnapshot(`
      "import { request as _wx_request } from 'wx-h5/runtime';
      import { getApp } from './app'
      getApp()
      _wx_request()"
    `)
  })
  it('keeps class and function-expression names in their own scope', () => {
    expect(run(`const A = class wx { m() { return wx.showToast } }\nconst f = function wx() { wx.request() }\nwx.showModal()`)).toMatchInlineSnapshot(`
      "import { showModal as _wx_showModal } from 'wx-h5/runtime';
      const A = class wx { m() { return wx.showToast } }
      const f = function wx() { wx.request() }
      _wx_showModal()"
    `)
  })
  it('keeps let in a for loop and default values that read an outer wx', () => {
    expect(run(`for (let wx of list) wx.showToast()\nfunction f(a = wx.request) { let wx = 1; return wx }`)).toMatchInlineSnapshot(`
      "import { request as _wx_request } from 'wx-h5/runtime';
      for (let wx of list) wx.showToast()
      function f(a = _wx_request) { let wx = 1; return wx }"
    `)
  })
  it('lets a parameter default see the outer wx, not a var of the body', () => {
    expect(run(`function f(a = wx.request) { var wx = 1; return wx }`)).toMatchInlineSnapshot(`
      "import { request as _wx_request } from 'wx-h5/runtime';
      function f(a = _wx_request) { var wx = 1; return wx }"
    `)
  })
  it('ignores private names', () => {
    expect(run(`class C { #wx = 1; static has(o) { return #wx in o } m() { return this.#wx } }`)).toBeUndefined()
  })
  it('ignores property keys, labels and non-free lookalikes', () => {
    expect(run(`a.wx.showToast(); const o = { wx: 1, getApp() {} }; class C { wx = 1; Page() {} }\nwx: for (;;) break wx`)).toBeUndefined()
  })
  it('treats a block-level function as block-scoped in modules and function-scoped in scripts', () => {
    expect(run(`export {}\n{ function wx() {} }\nwx.showToast()`)).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast } from 'wx-h5/runtime';
      export {}
      { function wx() {} }
      _wx_showToast()"
    `)
    expect(run(`{ function wx() {} }\nwx.showToast()`)).toBeUndefined()
  })
})

describe('opt-out and pre-check', () => {
  it('leaves a module without any handled token alone', () => {
    expect(run(`const x = 1`)).toBeUndefined()
  })
  it('honours the wx-h5-disable comment among the leading comments', () => {
    expect(run(`/* wx-h5-disable */\nwx.showToast()`)).toBeUndefined()
    expect(run(`// @license MIT\n// wx-h5-disable\nwx.showToast()`)).toBeUndefined()
    expect(run(`#!/usr/bin/env node\n/** wx-h5-disable */\nwx.showToast()`)).toBeUndefined()
  })
  it('ignores the marker after the first statement', () => {
    expect(run(`wx.showToast()\n// wx-h5-disable`)).toMatchInlineSnapshot(`
      "import { showToast as _wx_showToast } from 'wx-h5/runtime';
      _wx_showToast()
      // wx-h5-disable"
    `)
  })
  it('respects include and exclude', () => {
    expect(run(`wx.showToast()`, '/p/node_modules/lib/index.js')).toBeUndefined()
    expect(run(`wx.showToast()`, '/p/src/a.css')).toBeUndefined()
    expect(run(`wx.showToast()`, '\0virtual.js')).toBeUndefined()
    expect(run(`wx.showToast()`, '/p/node_modules/@vant/weapp/x.js', { exclude: [] })).toBeDefined()
    expect(run(`wx.showToast()`, '/p/src/a.js', { include: 'src/**/*.js', exclude: '**/a.js' })).toBeUndefined()
    expect(run(`wx.showToast()`, '/p/src/deep/b.js?v=1', { include: 'src/**/*.js' })).toBeDefined()
  })
  it('imports from the `runtime` option and never transforms the runtime itself', () => {
    const runtime = '/repo/runtime/index.ts'
    expect(run(`wx.showToast()`, '/repo/src/a.js', { runtime })).toBe(`import { showToast as _wx_showToast } from '/repo/runtime/index.ts';\n_wx_showToast()`)
    expect(run(`wx.showToast()`, '/repo/runtime/ui/toast.ts', { runtime })).toBeUndefined()
    expect(run(`wx.showToast()`, '/app/node_modules/wx-h5/dist/runtime/index.mjs', { exclude: [] })).toBeUndefined()
  })
})
