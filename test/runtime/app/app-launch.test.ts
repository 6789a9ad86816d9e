// One App() per file (module state is per test file): this file registers the app and
// follows it through show/hide cycles.
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { App, getApp } from '../../../runtime/app/globals'
import { getEnterOptionsSync, getLaunchOptionsSync, offAppHide, offAppShow, offError, onAppHide, onAppShow, onError } from '../../../runtime/app/index'
import { configure } from '../../../runtime/internal/config'
import { pageHide, pageShow, restoreVisibility, setVisibility } from './helpers'

const log: string[] = []
const seen: Record<string, unknown[]> = {}
const thisValues: unknown[] = []

function record(name: string) {
  return function (this: unknown, ...args: unknown[]) {
    log.push(name)
    ;(seen[name] ??= []).push(args)
    thisValues.push(this)
  }
}

const earlyShow = vi.fn((options: unknown) => { log.push(`wx.onAppShow ${JSON.stringify(options)}`) })

afterEach(() => {
  log.length = 0
  thisValues.length = 0
  for (const key of Object.keys(seen)) delete seen[key]
  configure({ target: undefined })
})
afterAll(restoreVisibility)

describe('App() launch', () => {
  it('getApp() is undefined before App()', () => {
    expect(getApp()).toBeUndefined()
  })

  it('runs onLaunch then the first onShow synchronously, then wx.onAppShow listeners', () => {
    onAppShow(earlyShow)
    App({
      globalData: { user: 'u1' },
      onLaunch: record('onLaunch'),
      onShow: record('onShow'),
      onHide: record('onHide'),
      greet(this: { globalData: { user: string } }) { return `hi ${this.globalData.user}` },
    })
    const launch = getLaunchOptionsSync()
    expect(log).toEqual(['onLaunch', 'onShow', `wx.onAppShow ${JSON.stringify(launch)}`])
    expect(seen.onLaunch).toEqual([[launch]])
    expect(seen.onShow).toEqual([[launch]])
    expect(thisValues).toEqual([getApp(), getApp()])
    expect(earlyShow).toHaveBeenCalledTimes(1)
  })

  it('getApp() always returns the same instance, with globalData and own methods', () => {
    const app = getApp<{ greet: () => string }>()!
    expect(getApp()).toBe(app)
    expect(getApp({ allowDefault: true })).toBe(app)
    expect(app.globalData).toEqual({ user: 'u1' })
    expect(app.greet()).toBe('hi u1')
    app.globalData!.user = 'u2'
    expect(getApp<{ greet: () => string }>()!.greet()).toBe('hi u2')
  })

  it('a second App() is ignored, with a console error', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const onLaunch = vi.fn()
    App({ onLaunch, globalData: { other: true } })
    expect(onLaunch).not.toHaveBeenCalled()
    expect(getApp()!.globalData).toEqual({ user: 'u2' })
    expect(error).toHaveBeenCalledWith('[wx-h5] App() can only be called once; this call is ignored.')
    error.mockRestore()
  })
})

describe('show and hide', () => {
  it('visibilitychange hidden: App.onHide then wx.onAppHide with reason 3, once', () => {
    const hide = vi.fn((res: unknown) => { log.push(`wx.onAppHide ${JSON.stringify(res)}`) })
    onAppHide(hide)
    setVisibility('hidden')
    setVisibility('hidden')
    expect(log).toEqual(['onHide', 'wx.onAppHide {"reason":3}'])
    expect(seen.onHide).toEqual([[]])
    expect(thisValues).toEqual([getApp()])
    offAppHide(hide)
  })

  it('visible again: App.onShow and wx.onAppShow with the current URL as enter options', () => {
    const original = location.href
    history.replaceState(history.state, '', `${location.pathname}?back=1`)
    try {
      setVisibility('visible')
      setVisibility('visible')
      const enter = getEnterOptionsSync()
      expect(enter.query).toEqual({ back: '1' })
      expect(getLaunchOptionsSync().query).not.toEqual({ back: '1' })
      expect(log).toEqual(['onShow', `wx.onAppShow ${JSON.stringify(enter)}`])
      expect(seen.onShow).toEqual([[enter]])
    }
    finally {
      history.replaceState(history.state, '', original)
    }
  })

  it('pagehide: the user left (reason 0); pageshow from the back/forward cache shows again', () => {
    const hide = vi.fn()
    onAppHide(hide)
    pageHide()
    expect(hide).toHaveBeenCalledWith({ reason: 0 })
    pageHide()
    pageShow()
    pageShow()
    expect(log).toEqual(['onHide', 'onShow', `wx.onAppShow ${JSON.stringify(getEnterOptionsSync())}`])
    expect(hide).toHaveBeenCalledTimes(1)
    offAppHide()
  })

  it('pageshow while hidden does not show; before base library 3.5.7 there is no reason', () => {
    configure({ target: '3.5.6' })
    const hide = vi.fn()
    onAppHide(hide)
    setVisibility('hidden')
    expect(hide).toHaveBeenCalledWith({})
    pageShow()
    expect(log).toEqual(['onHide'])
    setVisibility('visible')
    expect(log).toEqual(['onHide', 'onShow', `wx.onAppShow ${JSON.stringify(getEnterOptionsSync())}`])
    offAppHide(hide)
  })

  it('off(fn) removes one listener, off() removes all', () => {
    const a = vi.fn()
    const b = vi.fn()
    offAppShow(earlyShow)
    onAppShow(a)
    onAppShow(b)
    onAppShow(a)
    setVisibility('hidden')
    setVisibility('visible')
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1])
    offAppShow(a)
    setVisibility('hidden')
    setVisibility('visible')
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 2])
    offAppShow()
    setVisibility('hidden')
    setVisibility('visible')
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 2])
    expect(seen.onShow).toHaveLength(3)
  })

  it('a throwing hook or listener does not stop the others and reaches onError', () => {
    const errors: unknown[] = []
    const listener = (e: unknown) => { errors.push(e) }
    onError(listener)
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = getApp()!
    const realOnHide = app.onHide
    app.onHide = () => { throw new Error('hook broke') }
    const after = vi.fn()
    onAppHide(() => { throw new Error('listener broke') })
    onAppHide(after)
    setVisibility('hidden')
    expect(after).toHaveBeenCalledTimes(1)
    expect(errors).toHaveLength(2)
    expect((errors[0] as { message: string }).message).toMatch(/^Error: hook broke\n/)
    expect((errors[1] as { message: string }).message).toMatch(/^Error: listener broke\n/)
    app.onHide = realOnHide
    offAppHide()
    offError(listener)
    setVisibility('visible')
    error.mockRestore()
  })
})
