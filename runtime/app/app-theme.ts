// System theme changes (`prefers-color-scheme`), to App.onThemeChange and wx.onThemeChange
// as `{ theme: 'light' | 'dark' }`.
import { createListeners, defineListener } from '../internal/listeners'
import { callAppHook } from './instance'

export interface ThemeChange { theme: 'light' | 'dark' }

const listeners = /* @__PURE__ */ createListeners<[result: ThemeChange]>()

function onSchemeChange(event: MediaQueryListEvent): void {
  const theme = event.matches ? 'dark' : 'light'
  callAppHook('onThemeChange', { theme })
  listeners.emit({ theme })
}

let installed = false

export function installTheme(): void {
  if (installed || typeof matchMedia !== 'function') return
  installed = true
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', onSchemeChange)
}

// Not destructured: the bundler keeps a destructuring even when nothing uses it (see app-errors.ts).
const api = /* @__PURE__ */ defineListener('onThemeChange', 'offThemeChange', listeners, installTheme)

export const onThemeChange = (listener: (result: ThemeChange) => void): void => api[0](listener)
export const offThemeChange = (listener?: (result: ThemeChange) => void): void => api[1](listener)
