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

export const [onThemeChange, offThemeChange] = /* @__PURE__ */ defineListener('onThemeChange', 'offThemeChange', listeners, installTheme)
