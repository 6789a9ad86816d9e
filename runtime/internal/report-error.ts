import { errorChannel } from './hub'

/**
 * Where exceptions thrown by user code (callbacks, listeners, page hooks) go: the
 * console, and `wx.onError` / `App.onError` through the error channel. The runtime's own
 * state is never left half-updated because callers invoke user code last.
 */
export function reportError(error: unknown): void {
  console.error(error)
  if (reporting) return
  reporting = true
  try {
    errorChannel.emit(error)
  }
  finally {
    reporting = false
  }
}

// An onError listener that throws must not loop back into onError.
let reporting = false

/** Calls a user function; an exception is reported instead of escaping into the runtime. */
export function callUser<A extends unknown[], R>(fn: ((...args: A) => R) | undefined, ...args: A): R | undefined {
  if (typeof fn !== 'function') return undefined
  try {
    return fn(...args)
  }
  catch (error) {
    reportError(error)
    return undefined
  }
}
