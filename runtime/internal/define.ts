import { failMsg, okMsg, reasonOf, WxFail } from './fail'
import { normalizeOptions } from './params'
import { callUser } from './report-error'

/** What every wx callback and Promise receives. */
export type WxResult<R = object> = R & { errMsg: string }
export interface WxFailResult { errMsg: string, errno?: number, [extra: string]: unknown }

export interface Callbacks<R = object> {
  success?: (res: WxResult<R>) => void
  fail?: (err: WxFailResult) => void
  complete?: (res: WxResult<R> | WxFailResult) => void
}

/** An async wx API: callback style, or a Promise when no callback key is passed. */
export interface AsyncApi<O, R> {
  (options: O & Callbacks<R> & ({ success: unknown } | { fail: unknown } | { complete: unknown })): void
  (options?: O & Callbacks<R>): Promise<WxResult<R>>
}

/** An async wx API that never returns a Promise (e.g. `getSystemInfoAsync`). */
export type CallbackApi<O, R> = (options?: O & Callbacks<R>) => void

export function okResult<R extends object>(api: string, value: R | void): WxResult<R> {
  return { ...(value as R), errMsg: okMsg(api) }
}

export function failResult(api: string, error: unknown): WxFailResult {
  const res: WxFailResult = { errMsg: failMsg(api, reasonOf(error)) }
  if (error instanceof WxFail) {
    if (error.errno !== undefined) res.errno = error.errno
    Object.assign(res, error.extra)
  }
  return res
}

type Settled<R> = { ok: true, res: WxResult<R> } | { ok: false, res: WxFailResult }

/**
 * Delivers the outcome of an API body to `success`/`fail` and then `complete`, always
 * asynchronously (as wx does), each user callback isolated. Returns the settled result.
 */
export function deliver<R extends object>(api: string, options: Callbacks<R>, outcome: Promise<R | void>): Promise<Settled<R>> {
  const settle = (ok: boolean, res: WxResult<R> | WxFailResult): Settled<R> => {
    callUser(ok ? options.success : options.fail, res as WxResult<R> & WxFailResult)
    callUser(options.complete, res)
    return { ok, res } as Settled<R>
  }
  return outcome.then(value => settle(true, okResult(api, value)), error => settle(false, failResult(api, error)))
}

/**
 * Defines an async wx API. `body` returns the success fields (without `errMsg`), or a
 * Promise of them, or throws/rejects (`throw fail('reason')`) to fail.
 * Promise rule (base library 2.10.2): with none of success/fail/complete in the options,
 * the call returns a Promise resolved with the success result or rejected with the fail
 * result object; with any of them it returns undefined. `promise: false` opts out.
 */
export function defineAsync<O extends object = Record<string, unknown>, R extends object = object>(
  api: string,
  body: (options: O) => R | void | Promise<R | void>,
): AsyncApi<O, R>
export function defineAsync<O extends object = Record<string, unknown>, R extends object = object>(
  api: string,
  body: (options: O) => R | void | Promise<R | void>,
  promise: false,
): CallbackApi<O, R>
export function defineAsync<O extends object, R extends object>(
  api: string,
  body: (options: O) => R | void | Promise<R | void>,
  promise = true,
): (options?: O & Callbacks<R>) => Promise<WxResult<R>> | void {
  return (raw) => {
    // A bad options argument or a synchronous throw in `body` becomes a rejection, never an escape.
    let options = {} as O & Callbacks<R>
    let outcome: Promise<R | void>
    try {
      options = normalizeOptions(raw) as O & Callbacks<R>
      outcome = Promise.resolve(body(options))
    }
    catch (error) {
      outcome = Promise.reject(error)
    }
    const settled = deliver(api, options, outcome)
    if (promise && !('success' in options || 'fail' in options || 'complete' in options))
      return settled.then(({ ok, res }) => (ok ? res : Promise.reject(res))) as Promise<WxResult<R>>
  }
}

/**
 * Defines a sync wx API: returns the value, or throws `Error('<api>:fail <reason>')`
 * when the body throws a WxFail. Other exceptions keep their message under the same prefix.
 */
export function defineSync<A extends unknown[], R>(api: string, body: (...args: A) => R): (...args: A) => R {
  return (...args) => {
    try {
      return body(...args)
    }
    catch (error) {
      throw syncError(api, error)
    }
  }
}

export function syncError(api: string, error: unknown): Error {
  const err = new Error(failMsg(api, reasonOf(error)))
  if (error instanceof WxFail && error.errno !== undefined) (err as Error & { errno?: number }).errno = error.errno
  return err
}
