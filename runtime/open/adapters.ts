import { config } from '../internal/config'
import { fail, WxFail } from '../internal/fail'

export interface LoginOptions { timeout?: number }
export interface LoginResult { code: string }
export interface UserInfo {
  nickName: string
  avatarUrl: string
  gender?: 0 | 1 | 2
  country?: string
  province?: string
  city?: string
  language?: 'en' | 'zh_CN' | 'zh_TW'
}
export interface GetUserInfoOptions { lang?: 'en' | 'zh_CN' | 'zh_TW', withCredentials?: boolean }
export interface GetUserProfileOptions { desc: string, lang?: 'en' | 'zh_CN' | 'zh_TW' }
export interface UserInfoResult {
  userInfo: UserInfo
  rawData?: string
  signature?: string
  encryptedData?: string
  iv?: string
  cloudID?: string
}
export interface RequestPaymentOptions {
  timeStamp: string
  nonceStr: string
  package: string
  signType?: 'MD5' | 'HMAC-SHA256' | 'RSA'
  paySign: string
}

type Adapter<O, R> = (options: O) => R | Promise<R>

declare module '../internal/config' {
  /**
   * Web integration points, set with `configure({ adapters: { ... } })`. Each receives the
   * call's options without callbacks and returns the success fields (the runtime adds
   * errMsg), or throws / rejects to fail: an `Error` or a `{ errMsg }` object whose text
   * becomes the fail reason (`'cancel'` or `'requestPayment:fail cancel'` both give
   * `requestPayment:fail cancel`). See docs/open.md for examples.
   */
  interface Adapters {
    /** wx.login: turns the web sign-in (OAuth redirect, session cookie) into a `code`. */
    login?: Adapter<LoginOptions, LoginResult>
    /** wx.checkSession: resolves while the session behind the last code is valid, throws once it expired. */
    checkSession?: Adapter<Record<string, never>, void | object>
    /** wx.getUserInfo. */
    getUserInfo?: Adapter<GetUserInfoOptions, UserInfoResult>
    /** wx.getUserProfile (called from a tap; show your own consent UI if needed). */
    getUserProfile?: Adapter<GetUserProfileOptions, UserInfoResult>
    /** wx.requestPayment: e.g. redirects to a web checkout; throw `'cancel'` when the user backs out. */
    requestPayment?: Adapter<RequestPaymentOptions, void | object>
  }
  interface WxH5Config {
    adapters?: Adapters
  }
}

export type OpenAdapterName = 'login' | 'checkSession' | 'getUserInfo' | 'getUserProfile' | 'requestPayment'

/** The reason of whatever an adapter threw, without a repeated `<api>:fail` prefix. */
function adapterFailure(api: string, error: unknown): WxFail {
  if (error instanceof WxFail) return error
  let message: string
  let errno: unknown
  if (error !== null && typeof error === 'object' && typeof (error as { errMsg?: unknown }).errMsg === 'string') {
    message = (error as { errMsg: string }).errMsg
    errno = (error as { errno?: unknown }).errno
  }
  else {
    message = error instanceof Error ? error.message : String(error)
  }
  const prefix = `${api}:fail`
  if (message.startsWith(prefix)) message = message.slice(prefix.length).replace(/^ /, '')
  return fail(message, typeof errno === 'number' ? errno : undefined)
}

/**
 * Calls the configured adapter `name` for `api` with the options minus callbacks. No
 * adapter fails at once with a reason that says where to look; an adapter that throws
 * fails the call with its reason.
 */
export async function callAdapter<R>(api: string, name: OpenAdapterName, options: object): Promise<R> {
  const adapter = config.adapters?.[name] as Adapter<object, R> | undefined
  if (typeof adapter !== 'function') throw fail(`no ${name} adapter configured, see docs/open.md`)
  const { success: _s, fail: _f, complete: _c, ...rest } = options as Record<string, unknown>
  try {
    return await adapter(rest)
  }
  catch (error) {
    throw adapterFailure(api, error)
  }
}

/** An adapter result must at least be an object with `field` of `type`: otherwise the call fails, never a fake success. */
export function expectField<R>(name: OpenAdapterName, result: R, field: string, type: string): R {
  const value = result !== null && typeof result === 'object' ? (result as Record<string, unknown>)[field] : undefined
  if (typeof value !== type) throw fail(`${name} adapter returned no ${field}`)
  return result
}

/** Extra success fields from an adapter that may return nothing: only an object's own fields count. */
export function onlyObject(result: unknown): object | undefined {
  return result !== null && typeof result === 'object' ? result : undefined
}
