import { defineListener } from '../internal/listeners'
import type { LaunchOptions } from './launch-options'
import { hideListeners, installLifecycle, showListeners, type AppHideResult } from './lifecycle'

// Not destructured: the bundler keeps a destructuring even when nothing uses it (see app-errors.ts).
const showApi = /* @__PURE__ */ defineListener('onAppShow', 'offAppShow', showListeners, installLifecycle)
const hideApi = /* @__PURE__ */ defineListener('onAppHide', 'offAppHide', hideListeners, installLifecycle)

/** wx.onAppShow: the app comes to the foreground; the listener gets the enter options. */
export const onAppShow = (listener: (options: LaunchOptions) => void): void => showApi[0](listener)
export const offAppShow = (listener?: (options: LaunchOptions) => void): void => showApi[1](listener)

/** wx.onAppHide: the app goes to the background; `{ reason }` from base library 3.5.7. */
export const onAppHide = (listener: (result: AppHideResult) => void): void => hideApi[0](listener)
export const offAppHide = (listener?: (result: AppHideResult) => void): void => hideApi[1](listener)
