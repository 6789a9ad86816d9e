// When the app is in the foreground. The web's signals: `visibilitychange` (tab switched,
// window minimised, screen locked), `pagehide` (the page is left or closed, or goes into the
// back/forward cache) and `pageshow` (it comes back from that cache). Each state change
// calls App.onShow/onHide first, then the wx.onAppShow/onAppHide listeners in order.
import { HIDE_REASON_SINCE } from '../base/system/field-since'
import { getTarget } from '../internal/config'
import { createListeners } from '../internal/listeners'
import { compareVersion } from '../internal/version'
import { callAppHook } from './instance'
import { copyOptions, launchOptions, optionsAt, recordEnter, type LaunchOptions } from './launch-options'

export interface AppHideResult { reason?: 0 | 1 | 2 | 3 }

export const showListeners = /* @__PURE__ */ createListeners<[options: LaunchOptions]>()
export const hideListeners = /* @__PURE__ */ createListeners<[result: AppHideResult]>()

/** wx onAppHide reasons (3.5.7): 0 the user left the app, 3 anything else. */
const LEFT = 0
const OTHER = 3

let installed = false
let shown = false
// A page launched hidden owes its first onShow the launch options.
let launchShow: LaunchOptions | undefined

function visible(): boolean {
  return document.visibilityState === 'visible'
}

function show(options: LaunchOptions): void {
  shown = true
  recordEnter(options)
  callAppHook('onShow', copyOptions(options))
  showListeners.emit(copyOptions(options))
}

function hide(reason: 0 | 3): void {
  if (!shown) return
  shown = false
  callAppHook('onHide')
  // Older targets get `{}`, as their clients did.
  hideListeners.emit(compareVersion(getTarget(), HIDE_REASON_SINCE) >= 0 ? { reason } : {})
}

function foreground(): void {
  if (shown || !visible()) return
  const options = launchShow ?? optionsAt(location)
  launchShow = undefined
  show(options)
}

/** Starts following the page's visibility (once). The current state counts as already known. */
export function installLifecycle(): void {
  if (installed) return
  installed = true
  shown = visible()
  document.addEventListener('visibilitychange', () => (visible() ? foreground() : hide(OTHER)))
  addEventListener('pagehide', () => hide(LEFT))
  addEventListener('pageshow', foreground)
}

/**
 * The launch, run by App(): onLaunch with the launch options, then — when the page is
 * visible — the first onShow (App hook, then wx.onAppShow listeners) with the same options,
 * synchronously and in that order. A page launched hidden shows when it becomes visible.
 */
export function launch(): void {
  installLifecycle()
  const options = launchOptions()
  recordEnter(options)
  callAppHook('onLaunch', copyOptions(options))
  if (visible()) {
    show(options)
  }
  else {
    shown = false
    launchShow = options
  }
}
