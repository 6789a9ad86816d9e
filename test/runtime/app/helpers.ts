// Drives the page-lifecycle signals the app area listens to: real `visibilitychange`,
// `pagehide` and `pageshow` events, with document.visibilityState overridden to match.
export { thrown } from '../callbacks'

let state: DocumentVisibilityState = 'visible'

export function setVisibility(next: DocumentVisibilityState, dispatch = true): void {
  state = next
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => state })
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => state === 'hidden' })
  if (dispatch) document.dispatchEvent(new Event('visibilitychange'))
}

export function restoreVisibility(): void {
  delete (document as unknown as Record<string, unknown>).visibilityState
  delete (document as unknown as Record<string, unknown>).hidden
}

export function pageHide(persisted = true): void {
  dispatchEvent(new PageTransitionEvent('pagehide', { persisted }))
}

export function pageShow(persisted = true): void {
  dispatchEvent(new PageTransitionEvent('pageshow', { persisted }))
}

