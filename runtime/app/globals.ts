// App() and getApp(): one App instance per page load, created by App() or, earlier, by
// getApp({ allowDefault: true }) (App() then merges its options into that default instance).
import { typeName } from '../internal/params'
import { installErrors } from './app-errors'
import { syncPageNotFound } from './app-page-not-found'
import { installRejections } from './app-rejections'
import { installTheme } from './app-theme'
import { app, type AppInstance } from './instance'
import { launch } from './lifecycle'
import type { LaunchOptions } from './launch-options'

export type { AppInstance } from './instance'

export interface AppHooks {
  onLaunch?: (options: LaunchOptions) => void
  onShow?: (options: LaunchOptions) => void
  onHide?: () => void
  onError?: (error: string) => void
  onPageNotFound?: (options: { path: string, query: Record<string, string>, isEntryPage: boolean }) => void
  onUnhandledRejection?: (result: { reason: unknown, promise: Promise<unknown> }) => void
  onThemeChange?: (result: { theme: 'light' | 'dark' }) => void
  globalData?: Record<string, unknown>
}

export type AppOptions<T extends object = Record<string, unknown>> = AppHooks & T & ThisType<AppHooks & T>

/**
 * Registers the app. Hooks run with `this` = the instance: onLaunch with the launch options,
 * then (page visible) the first onShow with the same options, both synchronously inside this
 * call; later onShow/onHide follow the page's visibility. A second App() is ignored, as wx
 * allows only one.
 */
export function App<T extends object = Record<string, unknown>>(options?: AppOptions<T>): void {
  if (options !== undefined && typeName(options) !== 'Object')
    throw new TypeError(`[wx-h5] App() expects an options object; got ${typeName(options)}.`)
  if (app.registered) {
    console.error('[wx-h5] App() can only be called once; this call is ignored.')
    return
  }
  const instance: AppInstance = app.instance ?? {}
  Object.assign(instance, options)
  app.instance = instance
  app.registered = true
  installErrors()
  installRejections()
  installTheme()
  syncPageNotFound()
  launch()
}

/**
 * The App instance, always the same object. Before App() has run: undefined, unless
 * `allowDefault: true` asks for the default instance (created once, kept by App()).
 */
export function getApp<T extends object = Record<string, unknown>>(options?: { allowDefault?: boolean }): (AppInstance & T) | undefined {
  if (app.registered) return app.instance as AppInstance & T
  if (options?.allowDefault) return (app.instance ??= {}) as AppInstance & T
  return undefined
}
