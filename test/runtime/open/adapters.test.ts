import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { checkSession, getUserInfo, getUserProfile, login, requestPayment } from '../../../runtime/open/index'
import { fromTap, resetOpen, settled, spies } from './helpers'

const PAY = { timeStamp: '1700000000', nonceStr: 'n0nce', package: 'prepay_id=wx123', signType: 'RSA' as const, paySign: 'sig' }
const USER = { userInfo: { nickName: '小明', avatarUrl: 'https://example.com/a.png', gender: 0 as const, country: '', province: '', city: '', language: 'zh_CN' as const }, rawData: '{}', signature: 's', encryptedData: 'e', iv: 'i' }

beforeEach(resetOpen)
afterEach(() => {
  vi.useRealTimers()
})

describe('without adapters', () => {
  it('each API fails at once with a reason that says where to look, callbacks once', async () => {
    for (const [api, call] of [
      ['login', (s: ReturnType<typeof spies>) => login(s)],
      ['checkSession', (s: ReturnType<typeof spies>) => checkSession(s)],
      ['getUserInfo', (s: ReturnType<typeof spies>) => getUserInfo(s)],
      ['requestPayment', (s: ReturnType<typeof spies>) => requestPayment({ ...PAY, ...s })],
    ] as const) {
      const s = spies()
      expect(call(s)).toBeUndefined()
      await settled(s)
      expect(s.calls).toEqual(['fail', 'complete'])
      expect(s.fail).toHaveBeenCalledWith({ errMsg: `${api}:fail no ${api} adapter configured, see docs/open.md` })
    }
    const { result } = await fromTap(() => getUserProfile({ desc: '完善资料' }))
    await expect(result).rejects.toEqual({ errMsg: 'getUserProfile:fail no getUserProfile adapter configured, see docs/open.md' })
  })
})

describe('login', () => {
  it('resolves with the adapter\'s code; the adapter sees the options without callbacks', async () => {
    const adapter = vi.fn(async () => ({ code: 'c0de' }))
    configure({ adapters: { login: adapter } })
    const s = spies()
    login({ timeout: 5000, ...s })
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ code: 'c0de', errMsg: 'login:ok' })
    expect(adapter).toHaveBeenCalledWith({ timeout: 5000 })
    await expect(login()).resolves.toEqual({ code: 'c0de', errMsg: 'login:ok' })
  })

  it('fails with what the adapter throws: Error, { errMsg } with or without the prefix, errno kept', async () => {
    const cases: Array<[unknown, object]> = [
      [new Error('network down'), { errMsg: 'login:fail network down' }],
      [{ errMsg: 'login:fail user cancelled' }, { errMsg: 'login:fail user cancelled' }],
      [{ errMsg: 'expired', errno: 1000 }, { errMsg: 'login:fail expired', errno: 1000 }],
      ['plain string', { errMsg: 'login:fail plain string' }],
    ]
    for (const [thrown, expected] of cases) {
      configure({ adapters: { login: () => Promise.reject(thrown) } })
      await expect(login()).rejects.toEqual(expected)
    }
    configure({ adapters: { login: () => { throw new Error('sync throw') } } })
    await expect(login()).rejects.toEqual({ errMsg: 'login:fail sync throw' })
  })

  it('never fakes a code the adapter did not give', async () => {
    configure({ adapters: { login: (() => ({})) as never } })
    await expect(login()).rejects.toEqual({ errMsg: 'login:fail login adapter returned no code' })
  })

  it('honours timeout on a controllable clock', async () => {
    vi.useFakeTimers()
    configure({ adapters: { login: () => new Promise(() => {}) } })
    const s = spies()
    login({ timeout: 3000, ...s })
    await vi.advanceTimersByTimeAsync(2999)
    expect(s.calls).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'login:fail timeout' })
  })

  it('checks timeout\'s type', async () => {
    configure({ adapters: { login: () => ({ code: 'x' }) } })
    await expect(login({ timeout: '1' as unknown as number })).rejects.toEqual({ errMsg: 'login:fail parameter error: parameter.timeout should be Number instead of String;' })
  })
})

describe('checkSession', () => {
  it('succeeds while the adapter says so and fails once it throws', async () => {
    let valid = true
    configure({ adapters: { checkSession: () => { if (!valid) throw new Error('session expired') } } })
    await expect(checkSession()).resolves.toEqual({ errMsg: 'checkSession:ok' })
    valid = false
    await expect(checkSession()).rejects.toEqual({ errMsg: 'checkSession:fail session expired' })
  })
})

describe('getUserInfo and getUserProfile', () => {
  it('getUserInfo returns the adapter\'s user info with errMsg added', async () => {
    const adapter = vi.fn(() => USER)
    configure({ adapters: { getUserInfo: adapter } })
    await expect(getUserInfo({ lang: 'zh_CN', withCredentials: true })).resolves.toEqual({ ...USER, errMsg: 'getUserInfo:ok' })
    expect(adapter).toHaveBeenCalledWith({ lang: 'zh_CN', withCredentials: true })
    configure({ adapters: { getUserInfo: (() => ({ rawData: '{}' })) as never } })
    await expect(getUserInfo()).rejects.toEqual({ errMsg: 'getUserInfo:fail getUserInfo adapter returned no userInfo' })
  })

  it('getUserProfile needs desc, a tap, and the adapter', async () => {
    const adapter = vi.fn(async () => USER)
    configure({ adapters: { getUserProfile: adapter } })
    await expect(getUserProfile({} as { desc: string })).rejects.toEqual({ errMsg: 'getUserProfile:fail parameter error: parameter.desc should be String instead of Undefined;' })
    const s = spies()
    await fromTap(() => getUserProfile({ desc: '用于完善会员资料', ...s }))
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ ...USER, errMsg: 'getUserProfile:ok' })
    expect(adapter).toHaveBeenCalledWith({ desc: '用于完善会员资料' })
    configure({ adapters: { getUserProfile: () => { throw { errMsg: 'getUserProfile:fail auth deny' } } } })
    const { result } = await fromTap(() => getUserProfile({ desc: 'x' }))
    await expect(result).rejects.toEqual({ errMsg: 'getUserProfile:fail auth deny' })
  })
})

describe('requestPayment', () => {
  it('checks the required fields the wx way', async () => {
    configure({ adapters: { requestPayment: vi.fn() } })
    await expect(requestPayment({ ...PAY, paySign: undefined } as unknown as typeof PAY)).rejects.toEqual({ errMsg: 'requestPayment:fail parameter error: parameter.paySign should be String instead of Undefined;' })
    await expect(requestPayment({ ...PAY, timeStamp: 1700000000 } as unknown as typeof PAY)).rejects.toEqual({ errMsg: 'requestPayment:fail parameter error: parameter.timeStamp should be String instead of Number;' })
  })

  it('succeeds when the adapter resolves, passes the options, ignores non-object results', async () => {
    const adapter = vi.fn(async () => 'paid')
    configure({ adapters: { requestPayment: adapter as never } })
    const s = spies()
    requestPayment({ ...PAY, ...s })
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'requestPayment:ok' })
    expect(adapter).toHaveBeenCalledWith(PAY)
  })

  it('fails cancel when the adapter reports a cancelled checkout', async () => {
    configure({ adapters: { requestPayment: () => Promise.reject({ errMsg: 'requestPayment:fail cancel' }) } })
    const s = spies()
    requestPayment({ ...PAY, ...s })
    await settled(s)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'requestPayment:fail cancel' })
    configure({ adapters: { requestPayment: () => Promise.reject(new Error('cancel')) } })
    await expect(requestPayment(PAY)).rejects.toEqual({ errMsg: 'requestPayment:fail cancel' })
  })

  it('keeps other adapters when one is added later (configure merges adapters)', async () => {
    configure({ adapters: { login: () => ({ code: 'a' }) } })
    configure({ adapters: { requestPayment: () => undefined } })
    await expect(login()).resolves.toEqual({ code: 'a', errMsg: 'login:ok' })
    await expect(requestPayment(PAY)).resolves.toEqual({ errMsg: 'requestPayment:ok' })
  })
})
