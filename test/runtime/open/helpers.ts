import { vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
export { spies } from '../callbacks'

/** The open dialog on top (the runtime's UI lives in one shadow root). */
export function dialog(): HTMLElement | null {
  const all = document.getElementById('wx-h5-ui')?.shadowRoot?.querySelectorAll<HTMLElement>('[role=dialog]') ?? []
  return all[all.length - 1] ?? null
}

/** Waits until a dialog is on screen and returns it. */
export async function waitDialog(): Promise<HTMLElement> {
  await vi.waitFor(() => {
    if (!dialog()) throw new Error('no dialog yet')
  })
  return dialog()!
}

export function button(text: string): HTMLButtonElement {
  const found = [...(dialog()?.querySelectorAll('button') ?? [])].find(b => b.textContent === text)
  if (!found) throw new Error(`no button "${text}" in the dialog`)
  return found
}

/** A real pointer click (Chromium input events, so user activation follows). */
export async function click(text: string): Promise<void> {
  await userEvent.click(button(text))
}

/** Lets queued microtasks (callback delivery) run. */
export async function flush(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve()
}

/** Waits for `complete`, then lets stray callbacks surface, so exact counts can be asserted. */
export async function settled(s: { complete: ReturnType<typeof vi.fn> }): Promise<void> {
  await vi.waitFor(() => {
    if (!s.complete.mock.calls.length) throw new Error('not settled yet')
  })
  await flush()
}

/** A fresh app and user with nothing remembered, no privacy contract, default locale. */
export function resetOpen(): void {
  localStorage.clear()
  configure({ appId: 'wxapp1', userId: 'user1', locale: 'zh-CN', privacy: undefined, adapters: undefined, app: undefined })
  document.querySelectorAll('body > button').forEach(b => b.remove())
}

/**
 * Runs `call` from a real user tap on a page button (WeChat requires a tap for
 * openSetting, navigateToMiniProgram and getUserProfile) and returns what it returned, boxed.
 */
export async function fromTap<T>(call: () => T): Promise<{ result: T }> {
  const tap = document.createElement('button')
  tap.textContent = 'tap'
  let result: T | undefined
  tap.onclick = () => {
    result = call()
    // Handled here too, so a rejection that lands before the test awaits it is not "unhandled".
    if (result instanceof Promise) result.catch(() => {})
  }
  document.body.appendChild(tap)
  await userEvent.click(tap)
  tap.remove()
  // Boxed: a returned Promise must not be awaited here.
  return { result: result as T }
}
