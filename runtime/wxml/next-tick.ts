import { defineSync } from '../internal/define'
import { fail } from '../internal/fail'
import { typeName } from '../internal/params'
import { callUser } from '../internal/report-error'

/**
 * wx.nextTick(callback): runs `callback` after the current synchronous work, before the
 * next task (a microtask). WeChat defers it past the pending setData batch; on the web a
 * setData applies at once, so a microtask already comes after it. A throwing callback is
 * reported (console, wx.onError) like any other user callback.
 */
export const nextTick = /* @__PURE__ */ defineSync('nextTick', (callback: () => void): void => {
  if (typeof callback !== 'function')
    throw fail(`parameter error: parameter.callback should be Function instead of ${typeName(callback)};`)
  queueMicrotask(() => callUser(callback))
})
