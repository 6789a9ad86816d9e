import { config } from './config'
import { fail, WxFail } from './fail'

/**
 * Calls `configure({ adapters: { <name> } })` for `api` with the options minus callbacks
 * (for areas outside open/, which has its own). No adapter fails at once with a reason
 * that names the docs page; whatever the adapter throws (an Error, a string, or a
 * `{ errMsg }` object, with or without the `<api>:fail` prefix) becomes the fail reason.
 */
export async function callConfiguredAdapter<R>(api: string, name: string, options: object, docs: string): Promise<R> {
  const adapter = (config as { adapters?: Record<string, unknown> }).adapters?.[name]
  if (typeof adapter !== 'function') throw fail(`no ${name} adapter configured, see ${docs}`)
  const { success: _s, fail: _f, complete: _c, ...rest } = options as Record<string, unknown>
  try {
    return await (adapter as (o: object) => R | Promise<R>)(rest)
  }
  catch (error) {
    throw adapterFailure(api, error)
  }
}

export function adapterFailure(api: string, error: unknown): WxFail {
  if (error instanceof WxFail) return error
  const errMsg = error !== null && typeof error === 'object' ? (error as { errMsg?: unknown }).errMsg : undefined
  let message = typeof errMsg === 'string' ? errMsg : error instanceof Error ? error.message : String(error)
  const prefix = `${api}:fail`
  if (message.startsWith(prefix)) message = message.slice(prefix.length).replace(/^ /, '')
  return fail(message)
}
