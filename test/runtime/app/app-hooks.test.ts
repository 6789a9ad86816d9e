// App's event hooks (onError, onUnhandledRejection, onPageNotFound, onThemeChange), each
// called with `this` = the instance, before the matching wx listeners.
import { cdp } from 'vitest/browser'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { App, getApp } from '../../../runtime/app/globals'
import { offError, offPageNotFound, onError, onPageNotFound, onThemeChange, onUnhandledRejection } from '../../../runtime/app/index'
import { pageNotFoundChannel } from '../../../runtime/internal/hub'
import { callUser } from '../../../runtime/internal/report-error'

const log: string[] = []
const self: unknown[] = []

function hook(name: string, show: (arg: unknown) => string = String) {
  return function (this: unknown, arg: unknown) {
    self.push(this)
    log.push(`App.${name} ${show(arg)}`)
  }
}

afterAll(async () => {
  await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})

describe('App hooks for app events', () => {
  it('registering App.onPageNotFound subscribes to the router channel', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] })
    expect(pageNotFoundChannel.size).toBe(0)
    App({
      onError: hook('onError', e => (typeof e === 'string' ? e.split('\n')[0]! : `not a string: ${typeof e}`)),
      onUnhandledRejection: hook('onUnhandledRejection', e => String((e as { reason: unknown }).reason)),
      onPageNotFound: hook('onPageNotFound', e => JSON.stringify(e)),
      onThemeChange: hook('onThemeChange', e => JSON.stringify(e)),
    })
    expect(pageNotFoundChannel.size).toBe(1)
    // wx listeners coming and going do not unsubscribe App's own hook.
    const listener = vi.fn()
    onPageNotFound(listener)
    offPageNotFound()
    expect(pageNotFoundChannel.size).toBe(1)
  })

  it('App.onError gets a string (message and stack), wx.onError the object, in that order', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const listener = (e: { message: string }) => { log.push(`wx.onError ${e.message.split('\n')[0]}`) }
    onError(listener)
    callUser(() => { throw new Error('kaput') })
    expect(log).toEqual(['App.onError Error: kaput', 'wx.onError Error: kaput'])
    expect(self).toEqual([getApp()])
    offError(listener)
    error.mockRestore()
    log.length = 0
    self.length = 0
  })

  it('an App.onError that throws is logged, not fed back to itself', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const app = getApp()!
    const original = app.onError
    let calls = 0
    app.onError = () => {
      calls++
      throw new Error('onError broke')
    }
    callUser(() => { throw new Error('first') })
    expect(calls).toBe(1)
    expect(error).toHaveBeenCalledTimes(2)
    app.onError = original
    error.mockRestore()
  })

  it('App.onUnhandledRejection then wx.onUnhandledRejection', async () => {
    onUnhandledRejection(({ reason }) => { log.push(`wx.onUnhandledRejection ${String(reason)}`) })
    void Promise.reject('late')
    await vi.waitFor(() => expect(log).toHaveLength(2))
    expect(log).toEqual(['App.onUnhandledRejection late', 'wx.onUnhandledRejection late'])
    expect(self).toEqual([getApp()])
    log.length = 0
    self.length = 0
  })

  it('App.onPageNotFound then wx.onPageNotFound with { path, query, isEntryPage }', () => {
    onPageNotFound((e) => { log.push(`wx.onPageNotFound ${e.path}`) })
    pageNotFoundChannel.emit({ path: 'pages/gone/gone', query: { a: '1' }, isEntryPage: false })
    expect(log).toEqual(['App.onPageNotFound {"path":"pages/gone/gone","query":{"a":"1"},"isEntryPage":false}', 'wx.onPageNotFound pages/gone/gone'])
    expect(self).toEqual([getApp()])
    log.length = 0
    self.length = 0
  })

  it('App.onThemeChange then wx.onThemeChange, on a real color-scheme change', async () => {
    onThemeChange(({ theme }) => { log.push(`wx.onThemeChange ${theme}`) })
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    await vi.waitFor(() => expect(log).toHaveLength(2))
    expect(log).toEqual(['App.onThemeChange {"theme":"dark"}', 'wx.onThemeChange dark'])
    expect(self).toEqual([getApp()])
  })
})
