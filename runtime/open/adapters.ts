import { callConfiguredAdapter } from '../internal/adapter-call'
import { fail } from '../internal/fail'

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

/**
 * Calls the adapter named like `api` with the options minus callbacks. No adapter fails at
 * once with a reason that says where to look; an adapter that throws fails the call with
 * its reason.
 */
export function callAdapter<R>(api: string, options: object): Promise<R> {
  return callConfiguredAdapter<R>(api, options, 'docs/open.md')
}

/** An adapter result must at least be an object with `field` of `type`: otherwise the call fails, never a fake success. */
export function expectField<R>(name: string, result: R, field: string, type: string): R {
  const value = result !== null && typeof result === 'object' ? (result as Record<string, unknown>)[field] : undefined
  if (typeof value !== type) throw fail(`${name} adapter returned no ${field}`)
  return result
}

/** Extra success fields from an adapter that may return nothing: only an object's own fields count. */
export function onlyObject(result: unknown): object | undefined {
  return result !== null && typeof result === 'object' ? result : undefined
}
