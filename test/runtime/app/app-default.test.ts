// getApp({ allowDefault: true }) before App(): the default instance that App() later
// completes (App()'s options win over what the default instance already had).
import { describe, expect, it, vi } from 'vitest'
import { App, getApp } from '../../../runtime/app/globals'
import { thrown } from './helpers'

describe('the default App instance', () => {
  it('getApp() is undefined before App(); allowDefault creates one default instance', () => {
    expect(getApp()).toBeUndefined()
    expect(getApp({ allowDefault: false })).toBeUndefined()
    const fallback = getApp({ allowDefault: true })!
    expect(fallback).toEqual({})
    expect(getApp({ allowDefault: true })).toBe(fallback)
    // Still not registered: a plain getApp() keeps answering undefined.
    expect(getApp()).toBeUndefined()
  })

  it('App() rejects options that are not an object, and registers nothing', () => {
    for (const bad of [42, 'x', null, [], () => {}])
      expect(thrown(() => App(bad as never))).toMatch(/^\[wx-h5\] App\(\) expects an options object; got (Number|String|Null|Array|Function)\.$/)
    expect(getApp()).toBeUndefined()
  })

  it('App() merges its options into the default instance', () => {
    const fallback = getApp({ allowDefault: true })!
    fallback.globalData = { from: 'default' }
    fallback.sharedHelper = () => 'default helper'
    fallback.keep = 1
    const onLaunch = vi.fn(function (this: unknown) { return this })
    App({ globalData: { from: 'app' }, sharedHelper: () => 'app helper', onLaunch })
    const app = getApp()!
    expect(app).toBe(fallback)
    expect(app.globalData).toEqual({ from: 'app' })
    expect((app.sharedHelper as () => string)()).toBe('app helper')
    expect(app.keep).toBe(1)
    expect(onLaunch).toHaveBeenCalledTimes(1)
    expect(onLaunch.mock.results[0]!.value).toBe(app)
  })
})
