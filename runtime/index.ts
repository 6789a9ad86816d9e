// wx-h5/runtime: every implemented wx API as a named export, plus the globals and setup.
export * from './apis'
export { wx } from './wx'
export { configure } from './internal/config'
export type { AppJson, WxH5Config } from './internal/config'
export { unsupported } from './internal/unsupported'
export { App, getApp } from './app/globals'
export { Page, getCurrentPages } from './route/globals'
export { startRouter } from './route/start'
// The page chrome parts, for configure({ chrome }): the plugin's setup module names those app.json needs.
export type { ChromePart } from './route/shell'
export { navigationBar } from './ui/navigation-bar'
export { pullDownRefresh } from './ui/pull-down'
export { tabBar } from './ui/tab-bar'
