import { callUser } from '../internal/report-error'

/** The App instance: the options passed to App() (hooks, globalData, own methods), as wx keeps them. */
export type AppInstance = Record<string, unknown> & { globalData?: Record<string, unknown> }

/**
 * The one App instance, shared by App(), getApp() and the app events. `instance` exists as
 * soon as App() runs or getApp({ allowDefault: true }) creates the default one; `registered`
 * turns true when App() runs.
 */
export const app: { instance?: AppInstance, registered: boolean } = { registered: false }

/** Calls an App hook (onShow, onHide, ...) with `this` = the instance; a throw is reported. */
export function callAppHook(name: string, ...args: unknown[]): void {
  const instance = app.instance
  if (!app.registered || !instance) return
  const hook = instance[name]
  if (typeof hook === 'function') callUser(() => hook.apply(instance, args))
}

/** Whether App() registered a function for `name`. */
export function hasAppHook(name: string): boolean {
  return app.registered && typeof app.instance?.[name] === 'function'
}
