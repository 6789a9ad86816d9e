import { config } from './config'

declare module './config' {
  interface WxH5Config {
    /** Colour scheme of the runtime's own UI (toast, modal, dialogs). Default: follows `prefers-color-scheme`. */
    theme?: 'light' | 'dark'
  }
}

/**
 * The one element that hosts every runtime UI (toast, modal, action sheet, dialogs).
 * Created on first use, with an open shadow root: page CSS cannot restyle it, its CSS
 * cannot leak out, and tests and assistive tools can still reach inside.
 */
let host: HTMLElement | undefined
/** Ids of the stylesheets `useStyle` added to the current root. */
let styled: Set<string>

export const UI_HOST_ID = 'wx-h5-ui'

/**
 * Light and dark values for the UI root: `light` declarations apply by default, `dark`
 * ones under `prefers-color-scheme: dark` unless `configure({ theme })` pins a scheme
 * through the host's `data-theme` attribute. Plain rules rather than `light-dark()`, so
 * browsers before 2024 (iOS Safari < 17.5) get both schemes too; gzip folds the repeat.
 * `rest` is appended: with all of a stylesheet in one pure call, a bundle that never
 * uses it drops it (a `themed(...) + '...'` concatenation would be kept).
 */
export function themed(light: string, dark: string, rest = ''): string {
  return `:host{${light}}:host([data-theme=dark]){${dark}}@media (prefers-color-scheme:dark){:host(:not([data-theme=light])){${dark}}}${rest}`
}

// The base every runtime UI shares, installed with the root: scheme, system font, the
// motion time `--wx-t` (0s under prefers-reduced-motion), the toast box `--wx-tb`, and
// `.wx-mask`, the full-viewport layer that takes pointer events (the host itself takes
// none), so a masked UI keeps clicks off the page.
const THEME_CSS = /* @__PURE__ */ themed(
  'color-scheme:light;font:17px/1.4 system-ui,-apple-system,sans-serif;--wx-t:.2s;--wx-tb:#111111b3',
  'color-scheme:dark;--wx-tb:#4c4c4cf2',
  '@media (prefers-reduced-motion:reduce){:host{--wx-t:0s}}'
  + '.wx-mask{position:fixed;inset:0;pointer-events:auto}'
  + '@keyframes wx-in{from{opacity:0}}',
)

/** The UI root, created (with the base theme) on first use or after the page removed it. */
export function uiRoot(): ShadowRoot {
  if (!host?.isConnected) {
    host = document.body.appendChild(document.createElement('div'))
    host.id = UI_HOST_ID
    // Above page content, below nothing: the host itself takes no space or clicks.
    host.style.cssText = 'position:fixed;inset:0;z-index:2147483000;pointer-events:none'
    host.attachShadow({ mode: 'open' }).innerHTML = `<style>${THEME_CSS}</style>`
    styled = new Set()
  }
  // Re-read on every use, so a later configure({ theme }) applies to the next UI shown.
  // An empty value means "follow the system" to the theme's selectors.
  host.dataset.theme = config.theme ?? ''
  return host.shadowRoot!
}

/** Adds a stylesheet to the UI root once per `id`. */
export function useStyle(id: string, css: string): ShadowRoot {
  const shadow = uiRoot()
  if (!styled.has(id)) {
    styled.add(id)
    shadow.appendChild(h('style', '', css))
  }
  return shadow
}

/** Creates an element with a class and optional text (always `textContent`: never HTML). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag)
  if (className) el.className = className
  if (text !== undefined) el.textContent = text
  return el
}

export type Labels = Record<string, string>
const extraLabels: Record<string, Labels> = {}

/** Overrides or adds translations: `setLabels('en', { 'modal.confirm': 'OK' })`. */
export function setLabels(locale: string, labels: Labels): void {
  extraLabels[locale] = { ...extraLabels[locale], ...labels }
}

/** A label in the configured locale (zh-CN by default), falling back to the built-in text. */
export function label(key: string, builtIn: { 'zh-CN': string, en: string }): string {
  const locale = config.locale ?? 'zh-CN'
  return extraLabels[locale]?.[key] ?? (locale === 'en' ? builtIn.en : builtIn['zh-CN'])
}
