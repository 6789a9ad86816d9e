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
let root: ShadowRoot | undefined
const styled = new Set<string>()

export const UI_HOST_ID = 'wx-h5-ui'

export function uiRoot(): ShadowRoot {
  if (!root?.host.isConnected) root = createRoot()
  // Re-read on every use, so a later configure({ theme }) applies to the next UI shown.
  // An empty value means "follow the system" to the theme's selectors.
  ;(root.host as HTMLElement).dataset.theme = config.theme ?? ''
  return root
}

function createRoot(): ShadowRoot {
  const host = document.createElement('div')
  host.id = UI_HOST_ID
  // Above page content, below nothing: the host itself takes no space or clicks.
  host.style.cssText = 'position:fixed;inset:0;z-index:2147483000;pointer-events:none'
  const shadow = host.attachShadow({ mode: 'open' })
  styled.clear()
  document.body.appendChild(host)
  return shadow
}

/** Adds a stylesheet to the UI root once per `id`. */
export function useStyle(id: string, css: string): ShadowRoot {
  const shadow = uiRoot()
  if (!styled.has(id)) {
    const style = document.createElement('style')
    style.dataset.id = id
    style.textContent = css
    shadow.appendChild(style)
    styled.add(id)
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
