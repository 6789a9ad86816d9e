import { defineListener } from '../internal/listeners'
import { hideListeners, installLifecycle, showListeners } from './lifecycle'

/** wx.onAppShow: the app comes to the foreground; the listener gets the enter options. */
export const [onAppShow, offAppShow] = /* @__PURE__ */ defineListener('onAppShow', 'offAppShow', showListeners, installLifecycle)

/** wx.onAppHide: the app goes to the background; `{ reason }` from base library 3.5.7. */
export const [onAppHide, offAppHide] = /* @__PURE__ */ defineListener('onAppHide', 'offAppHide', hideListeners, installLifecycle)
