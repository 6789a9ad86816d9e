// The app area's wx APIs, as named exports.
export { getEnterOptionsSync, getLaunchOptionsSync } from './launch-options'
export { offError, onError } from './app-errors'
export { offUnhandledRejection, onUnhandledRejection } from './app-rejections'
export { offPageNotFound, onPageNotFound } from './app-page-not-found'
export { offAppHide, offAppShow, onAppHide, onAppShow } from './app-show-hide'
export { offThemeChange, onThemeChange } from './app-theme'
