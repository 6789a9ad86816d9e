// Promise rejections nobody handled (window `unhandledrejection`), to
// App.onUnhandledRejection and wx.onUnhandledRejection as `{ reason, promise }`. The reason
// is passed as rejected (usually an Error), spec §15.8.
import { createListeners, defineListener } from '../internal/listeners'
import { callAppHook } from './instance'

export interface UnhandledRejection { reason: unknown, promise: Promise<unknown> }

const listeners = /* @__PURE__ */ createListeners<[result: UnhandledRejection]>()

function onRejection(event: PromiseRejectionEvent): void {
  callAppHook('onUnhandledRejection', { reason: event.reason, promise: event.promise })
  listeners.emit({ reason: event.reason, promise: event.promise })
}

// Runs on every wx.onUnhandledRejection and App(): the window keeps one copy of a listener.
export function installRejections(): void {
  addEventListener('unhandledrejection', onRejection)
}

// Not destructured: the bundler keeps a destructuring even when nothing uses it (see app-errors.ts).
const api = /* @__PURE__ */ defineListener('onUnhandledRejection', 'offUnhandledRejection', listeners, installRejections)

export const onUnhandledRejection = (listener: (result: UnhandledRejection) => void): void => api[0](listener)
export const offUnhandledRejection = (listener?: (result: UnhandledRejection) => void): void => api[1](listener)
