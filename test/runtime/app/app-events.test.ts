// The wx app-event listener APIs on their own (no App() in this file).
import { cdp } from 'vitest/browser'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import * as appApis from '../../../runtime/app/index'
import {
  offAppHide, offAppShow, offError, offPageNotFound, offThemeChange, offUnhandledRejection,
  onAppHide, onAppShow, onError, onPageNotFound, onThemeChange, onUnhandledRejection,
} from '../../../runtime/app/index'
import { pageNotFoundChannel } from '../../../runtime/internal/hub'
import { callUser } from '../../../runtime/internal/report-error'
import { restoreVisibility, setVisibility, thrown } from './helpers'

const PAIRS = [
  ['onError', 'offError'], ['onUnhandledRejection', 'offUnhandledRejection'], ['onPageNotFound', 'offPageNotFound'],
  ['onAppShow', 'offAppShow'], ['onAppHide', 'offAppHide'], ['onThemeChange', 'offThemeChange'],
] as const

afterEach(() => {
  vi.restoreAllMocks()
})
afterAll(async () => {
  restoreVisibility()
  await cdp().send('Emulation.setEmulatedMedia', { features: [] })
})

describe('listener parameter checks', () => {
  const apis = appApis as unknown as Record<string, (fn?: unknown) => void>
  it.each(PAIRS)('%s / %s reject a listener that is not a function', (on, off) => {
    for (const [bad, type] of [['x', 'String'], [undefined, 'Undefined'], [null, 'Null'], [1, 'Number'], [{}, 'Object']] as const)
      expect(thrown(() => apis[on]!(bad))).toBe(`${on}:fail parameter error: parameter.listener should be Function instead of ${type};`)
    expect(thrown(() => apis[off]!('x'))).toBe(`${off}:fail parameter error: parameter.listener should be Function instead of String;`)
    // off() with no argument and off(unknown function) are fine.
    apis[off]!()
    apis[off]!(() => {})
  })

  it('installs nothing at import time', () => {
    expect(pageNotFoundChannel.size).toBe(0)
  })
})

describe('onError / offError', () => {
  it('gets exceptions thrown in user callbacks as { message, stack }', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const got: Array<{ message: string, stack?: string }> = []
    const listener = (e: { message: string, stack?: string }) => { got.push(e) }
    onError(listener)
    const boom = new TypeError('boom')
    callUser(() => { throw boom })
    callUser(() => { throw 'plain string' })
    callUser(() => { throw { errMsg: 'x:fail' } })
    expect(got).toEqual([
      { message: boom.stack, stack: boom.stack },
      { message: 'plain string' },
      { message: '{"errMsg":"x:fail"}' },
    ])
    expect(got[0]!.message).toMatch(/^TypeError: boom\n\s+at /)
    expect(error).toHaveBeenCalledTimes(3)
    offError(listener)
    callUser(() => { throw boom })
    expect(got).toHaveLength(3)
  })

  it('gets real uncaught exceptions (window error events)', async () => {
    const got: string[] = []
    const listener = (e: { message: string }) => { got.push(e.message) }
    onError(listener)
    setTimeout(() => { throw new RangeError('uncaught later') })
    await vi.waitFor(() => expect(got).toHaveLength(1))
    expect(got[0]).toMatch(/^RangeError: uncaught later\n/)
    offError()
  })

  it('a listener that throws does not stop the others, and does not loop', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const second = vi.fn()
    onError(() => { throw new Error('listener itself broke') })
    onError(second)
    callUser(() => { throw new Error('first') })
    expect(second).toHaveBeenCalledTimes(1)
    expect(second.mock.calls[0]![0].message).toMatch(/^Error: first/)
    // The original error and the listener's own, both logged; nothing delivered twice.
    expect(error).toHaveBeenCalledTimes(2)
    offError()
  })
})

describe('onUnhandledRejection / offUnhandledRejection', () => {
  it('gets { reason, promise } of real unhandled rejections', async () => {
    const got: Array<{ reason: unknown, promise: Promise<unknown> }> = []
    const listener = (e: { reason: unknown, promise: Promise<unknown> }) => { got.push(e) }
    onUnhandledRejection(listener)
    const reason = new Error('nobody caught me')
    const promise = Promise.reject(reason)
    await vi.waitFor(() => expect(got).toHaveLength(1))
    expect(got[0]!.reason).toBe(reason)
    expect(got[0]!.promise).toBe(promise)
    offUnhandledRejection(listener)
    // Handled rejections never reach it: only the unhandled marker after them does.
    onUnhandledRejection(listener)
    await Promise.reject(new Error('handled')).catch(() => {})
    Promise.reject(new Error('handled later')).catch(() => {})
    void Promise.reject('marker')
    await vi.waitFor(() => expect(got).toHaveLength(2))
    expect(got[1]!.reason).toBe('marker')
    offUnhandledRejection()
  })
})

describe('onPageNotFound / offPageNotFound', () => {
  it('relays what the router emits, and subscribes only while someone listens', () => {
    expect(pageNotFoundChannel.size).toBe(0)
    const a = vi.fn()
    const b = vi.fn()
    onPageNotFound(a)
    onPageNotFound(b)
    expect(pageNotFoundChannel.size).toBe(1)
    const event = { path: 'pages/missing/missing', query: { id: '1' }, isEntryPage: true }
    pageNotFoundChannel.emit(event)
    expect(a).toHaveBeenCalledWith(event)
    expect(b).toHaveBeenCalledWith(event)
    expect(a.mock.calls[0]![0]).not.toBe(event)
    offPageNotFound(a)
    pageNotFoundChannel.emit(event)
    expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 2])
    offPageNotFound(b)
    expect(pageNotFoundChannel.size).toBe(0)
    onPageNotFound(a)
    onPageNotFound(b)
    offPageNotFound()
    expect(pageNotFoundChannel.size).toBe(0)
  })
})

describe('onAppShow / onAppHide without App()', () => {
  it('follow visibility from the first subscription on', () => {
    const shows = vi.fn()
    const hides = vi.fn()
    onAppShow(shows)
    onAppHide(hides)
    setVisibility('hidden')
    setVisibility('visible')
    expect(hides).toHaveBeenCalledWith({ reason: 3 })
    expect(shows).toHaveBeenCalledTimes(1)
    expect(shows.mock.calls[0]![0]).toMatchObject({ scene: 1001, referrerInfo: {} })
    offAppShow()
    offAppHide()
  })
})

describe('onThemeChange / offThemeChange', () => {
  it('follow the real prefers-color-scheme media query', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] })
    const got: string[] = []
    const listener = ({ theme }: { theme: string }) => { got.push(theme) }
    onThemeChange(listener)
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    await vi.waitFor(() => expect(got).toEqual(['dark']))
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] })
    await vi.waitFor(() => expect(got).toEqual(['dark', 'light']))
    offThemeChange(listener)
    // A listener of our own tells when the browser has delivered the next change.
    const delivered = new Promise(resolve => matchMedia('(prefers-color-scheme: dark)').addEventListener('change', resolve, { once: true }))
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    await delivered
    expect(got).toEqual(['dark', 'light'])
  })
})
