import { assertListener } from '../internal/listeners'
import { readRawLocation, routeUrl } from '../internal/location'
import { reportError } from '../internal/report-error'
import { writeClipboard } from '../device/clipboard'

/**
 * wx.onCopyUrl / wx.offCopyUrl, and `copyPageUrl()`, the "copy link" action that a menu
 * (the capsule's, or the app's own) calls. The link is the current page's URL; a listener
 * may return `{ query }` to replace its query string (as WeChat's short link carries that
 * query), or `{ promise }` whose result `{ query }` wins if it settles within 2 seconds.
 * The most recently added listener is asked; offCopyUrl() removes every listener.
 */
export interface CopyUrlResult { query?: string, title?: string, promise?: Promise<{ query?: string, title?: string }> }
type CopyUrlListener = () => CopyUrlResult | void

let listeners: CopyUrlListener[] = []

export function onCopyUrl(listener: CopyUrlListener): void {
  assertListener('onCopyUrl', listener)
  if (!listeners.includes(listener)) listeners = [...listeners, listener]
}

/** Takes no argument in wx: always removes every listener. */
export function offCopyUrl(): void {
  listeners = []
}

const PROMISE_WAIT_MS = 2000

async function customQuery(): Promise<string | undefined> {
  const listener = listeners[listeners.length - 1]
  if (!listener) return undefined
  let result: CopyUrlResult | void
  try {
    result = listener()
  }
  catch (error) {
    reportError(error)
    return undefined
  }
  if (!result || typeof result !== 'object') return undefined
  let query = typeof result.query === 'string' ? result.query : undefined
  if (result.promise && typeof result.promise.then === 'function') {
    let timer: ReturnType<typeof setTimeout> | undefined
    const late = new Promise<undefined>((resolve) => {
      timer = setTimeout(() => resolve(undefined), PROMISE_WAIT_MS)
    })
    const settled = await Promise.race([Promise.resolve(result.promise).catch(() => undefined), late])
    clearTimeout(timer)
    if (settled && typeof settled.query === 'string') query = settled.query
  }
  return query
}

/** The link "copy link" copies: the page URL, with the listener's query when it gives one. */
export async function pageUrl(): Promise<string> {
  const { path, search } = readRawLocation()
  const query = await customQuery()
  return location.origin + routeUrl(path, (query ?? search).replace(/^\?/, ''))
}

/**
 * Copies the current page's link (see onCopyUrl) to the clipboard and returns it. Not a wx
 * API: the runtime's menus call it. Rejects when the browser refuses the clipboard write.
 */
export async function copyPageUrl(): Promise<string> {
  const url = await pageUrl()
  if (!(await writeClipboard(url))) throw new Error('[wx-h5] copyPageUrl: the browser refused the clipboard write.')
  return url
}
