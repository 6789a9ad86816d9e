import { config } from './config'
import { fail, WxFail } from './fail'

/**
 * Calls an app-provided adapter `fn` for `api` with the options minus callbacks. No adapter
 * (not a function) fails at once with `missing`, a reason that names the docs page. Whatever
 * the adapter throws (an Error, a string, or a `{ errMsg, errno? }` object, with or without
 * the `<api>:fail` prefix) becomes the fail reason; such an object's numeric errno is kept.
 */
export async function callAdapter<R>(api: string, fn: unknown, options: object, missing: string): Promise<R> {
  if (typeof fn !== 'function') throw fail(missing)
  const { success: _s, fail: _f, complete: _c, ...rest } = options as Record<string, unknown>
  try {
    return await (fn as (o: object) => R | Promise<R>)(rest)
  }
  catch (error) {
    if (error instanceof WxFail) throw error
    const { errMsg, errno } = (error ?? {}) as { errMsg?: unknown, errno?: unknown }
    const fromObject = typeof errMsg === 'string'
    let message = fromObject ? errMsg : error instanceof Error ? error.message : String(error)
    const prefix = `${api}:fail`
    if (message.startsWith(prefix)) message = message.slice(prefix.length).replace(/^ /, '')
    throw fail(message, fromObject && typeof errno === 'number' ? errno : undefined)
  }
}

/**
 * Calls `configure({ adapters: { <api> } })`, the adapter named like its API; without one
 * the call fails `no <api> adapter configured, see <docs>`.
 */
export function callConfiguredAdapter<R>(api: string, options: object, docs: string): Promise<R> {
  const adapters = (config as { adapters?: Record<string, unknown> }).adapters
  return callAdapter(api, adapters?.[api], options, `no ${api} adapter configured, see ${docs}`)
}
