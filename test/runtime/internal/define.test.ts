import { describe, expect, it, vi } from 'vitest'
import { defineAsync, defineSync } from '../../../runtime/internal/define'
import { fail } from '../../../runtime/internal/fail'
import { errorChannel } from '../../../runtime/internal/hub'
import { defineListener } from '../../../runtime/internal/listeners'
import { checkParams } from '../../../runtime/internal/params'
import { unsupported } from '../../../runtime/internal/unsupported'
import { configure, config } from '../../../runtime/internal/config'
import { spies } from '../callbacks'

const echo = defineAsync<{ value?: number }, { value: number }>('echo', (o) => {
  checkParams(o, { value: 'Number' })
  if (o.value! < 0) throw fail('negative', 1000001)
  return { value: o.value! }
})

describe('defineAsync', () => {
  it('returns a Promise resolved with errMsg ok when no callback is given', async () => {
    await expect(echo({ value: 1 })).resolves.toEqual({ value: 1, errMsg: 'echo:ok' })
  })

  it('rejects with the fail result object, errno included', async () => {
    await expect(echo({ value: -1 })).rejects.toEqual({ errMsg: 'echo:fail negative', errno: 1000001 })
  })

  it('words parameter errors the wx way', async () => {
    await expect(echo({})).rejects.toEqual({ errMsg: 'echo:fail parameter error: parameter.value should be Number instead of Undefined;' })
    await expect(echo({ value: '1' as unknown as number })).rejects.toEqual({ errMsg: 'echo:fail parameter error: parameter.value should be Number instead of String;' })
  })

  it('calls success then complete once, asynchronously, and returns undefined', async () => {
    const s = spies()
    const ret = echo({ value: 2, ...s })
    expect(ret).toBeUndefined()
    expect(s.calls).toEqual([])
    await vi.waitFor(() => expect(s.complete).toHaveBeenCalledTimes(1))
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ value: 2, errMsg: 'echo:ok' })
    expect(s.fail).not.toHaveBeenCalled()
  })

  it('calls fail then complete once on failure', async () => {
    const s = spies()
    echo({ value: -2, ...s })
    await vi.waitFor(() => expect(s.complete).toHaveBeenCalledTimes(1))
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'echo:fail negative', errno: 1000001 })
  })

  it('uses callback style when only complete is passed', async () => {
    const complete = vi.fn()
    expect(echo({ value: 3, complete })).toBeUndefined()
    await vi.waitFor(() => expect(complete).toHaveBeenCalledWith({ value: 3, errMsg: 'echo:ok' }))
  })

  it('isolates an exception thrown in success: complete still runs and onError hears it', async () => {
    const heard: unknown[] = []
    const listen = (e: unknown) => heard.push(e)
    errorChannel.add(listen)
    const boom = new Error('boom')
    const complete = vi.fn()
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    echo({ value: 1, success: () => { throw boom }, complete })
    await vi.waitFor(() => expect(complete).toHaveBeenCalledTimes(1))
    expect(heard).toEqual([boom])
    errorChannel.remove(listen)
    consoleError.mockRestore()
    await expect(echo({ value: 4 })).resolves.toEqual({ value: 4, errMsg: 'echo:ok' })
  })

  it('rejects a non-object options argument', async () => {
    await expect(echo('x' as never)).rejects.toEqual({ errMsg: 'echo:fail parameter error: parameter should be Object instead of String;' })
  })

  it('never returns a Promise when promise is false', async () => {
    const cb = defineAsync('cbOnly', () => ({ a: 1 }), false)
    expect(cb()).toBeUndefined()
    const success = vi.fn()
    cb({ success })
    await vi.waitFor(() => expect(success).toHaveBeenCalledWith({ a: 1, errMsg: 'cbOnly:ok' }))
  })
})

describe('defineSync', () => {
  it('returns the value or throws Error("<api>:fail <reason>")', () => {
    const half = defineSync('halfSync', (n: number) => {
      if (n % 2) throw fail('odd')
      return n / 2
    })
    expect(half(4)).toBe(2)
    expect(() => half(3)).toThrowError(new Error('halfSync:fail odd'))
  })
})

describe('defineListener', () => {
  it('off(fn) removes one, off() removes all, a throwing listener does not stop the others', () => {
    const [on, off, set] = defineListener<[number]>('onThing', 'offThing')
    const seen: string[] = []
    const a = (n: number) => seen.push(`a${n}`)
    const b = () => { throw new Error('b') }
    const c = (n: number) => seen.push(`c${n}`)
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    on(a); on(b); on(c)
    set.emit(1)
    off(a)
    set.emit(2)
    off()
    set.emit(3)
    consoleError.mockRestore()
    expect(seen).toEqual(['a1', 'c1', 'c2'])
  })

  it('rejects a listener that is not a function', () => {
    const [on] = defineListener('onThing', 'offThing')
    expect(() => on('x' as never)).toThrowError('onThing:fail parameter error: parameter.listener should be Function instead of String;')
  })
})

describe('unsupported', () => {
  it('fails async stubs through the Promise and callbacks', async () => {
    await expect((unsupported('chooseInvoice', 'async') as () => Promise<unknown>)()).rejects.toEqual({ errMsg: 'chooseInvoice:fail not supported' })
    const complete = vi.fn()
    ;(unsupported('requestPayment') as (o: object) => void)({ complete })
    await vi.waitFor(() => expect(complete).toHaveBeenCalledWith({ errMsg: 'requestPayment:fail not supported' }))
  })

  it('task stubs return no Promise; sync stubs throw', async () => {
    const fail = vi.fn()
    expect((unsupported('request', 'task') as (o: object) => unknown)({ fail })).toBeUndefined()
    await vi.waitFor(() => expect(fail).toHaveBeenCalledWith({ errMsg: 'request:fail not supported' }))
    expect(() => unsupported('getBatteryInfoSync', 'sync')()).toThrowError('getBatteryInfoSync:fail not supported')
  })
})

describe('configure', () => {
  it('merges later calls and validates with messages that name the option', () => {
    configure({ appId: 'wx1', adapters: { a: 1 } } as never)
    configure({ userId: 'u1', adapters: { b: 2 } } as never)
    expect(config).toMatchObject({ appId: 'wx1', userId: 'u1', adapters: { a: 1, b: 2 } })
    expect(() => configure({ target: 'abc' })).toThrowError('[wx-h5] configure: `target` must be a base-library version like "2.10.0"; got "abc".')
    expect(() => configure({ appId: 1 as never })).toThrowError('[wx-h5] configure: `appId` must be a string; got number.')
    expect(() => configure({ chrome: ['navigationBar'] } as never)).toThrowError('[wx-h5] configure: `chrome` must be an array of navigationBar, tabBar or pullDownRefresh (from wx-h5/runtime).')
    expect(config).not.toHaveProperty('chrome')
  })
})
