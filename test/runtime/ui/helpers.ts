export { spies } from '../callbacks'

/** The shadow root of the one UI host. */
export function shadow(): ShadowRoot {
  const host = document.getElementById('wx-h5-ui')
  if (!host?.shadowRoot) throw new Error('no UI host')
  return host.shadowRoot
}

export function $<E extends Element = HTMLElement>(selector: string): E | null {
  return document.getElementById('wx-h5-ui')?.shadowRoot?.querySelector<E>(selector) ?? null
}

export function $$<E extends Element = HTMLElement>(selector: string): E[] {
  return [...(document.getElementById('wx-h5-ui')?.shadowRoot?.querySelectorAll<E>(selector) ?? [])]
}

/** Lets queued microtasks (callback delivery) run without touching the clock. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

/** A focusable button on the page, for focus-return and click-through checks. */
export function pageButton(text = 'page'): HTMLButtonElement {
  const button = document.createElement('button')
  button.textContent = text
  button.style.cssText = 'position:fixed;left:0;top:0;width:100vw;height:100vh'
  document.body.appendChild(button)
  return button
}

export const XSS = ['<img src=x onerror="window.__xss=1">', '<script>window.__xss=2<\/script>', '<svg onload="window.__xss=3">']
