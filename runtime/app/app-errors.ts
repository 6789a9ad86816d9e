// Script errors and exceptions thrown by user code, to App.onError (a string, the message
// with its stack) and wx.onError listeners (`{ message, stack }`): spec §15.2 keeps the two
// shapes apart. Sources: window `error` events (uncaught exceptions) and the runtime's
// error channel (exceptions in callbacks, listeners and hooks that callUser caught).
import { errorChannel } from '../internal/hub'
import { createListeners, defineListener } from '../internal/listeners'
import { callAppHook } from './instance'

export interface AppError { message: string, stack?: string }

const listeners = /* @__PURE__ */ createListeners<[error: AppError]>()

/** What wx reports: `message` is the message, then the stack when there is one (App.onError
 *  gets just this text); `stack` is the Error's own stack, when it has one. */
function describeError(error: unknown): AppError {
  if (error instanceof Error) {
    const head = `${error.name}: ${error.message}`
    const stack = error.stack
    if (typeof stack !== 'string') return { message: head }
    return { message: !stack ? head : stack.includes(error.message) ? stack : `${head}\n${stack}`, stack }
  }
  if (typeof error === 'string') return { message: error }
  try {
    return { message: typeof error === 'object' && error !== null ? JSON.stringify(error) : String(error) }
  }
  catch {
    return { message: String(error) }
  }
}

// An error raised while errors are being delivered (a throwing onError) is only logged:
// feeding it back would loop.
let delivering = false

function deliverError(error: unknown): void {
  if (delivering) return
  delivering = true
  try {
    const described = describeError(error)
    callAppHook('onError', described.message)
    listeners.emit(described)
  }
  finally {
    delivering = false
  }
}

function onWindowError(event: ErrorEvent): void {
  deliverError(event.error ?? event.message)
}

// Runs on every wx.onError and App(): the channel and the window each keep one copy of a listener.
export function installErrors(): void {
  errorChannel.add(deliverError)
  addEventListener('error', onWindowError)
}

// Not destructured: a destructuring is kept by the bundler even when nothing uses it, and App()
// must not ship wx.onError's code.
const api = /* @__PURE__ */ defineListener('onError', 'offError', listeners, installErrors)

/** wx.onError / wx.offError. */
export const onError = (listener: (error: AppError) => void): void => api[0](listener)
export const offError = (listener?: (error: AppError) => void): void => api[1](listener)
