import { hook } from './page-record'
import { topRecord } from './stack'

/**
 * The current page follows the app into the background and back: onHide when the tab is
 * hidden or the document is left, onShow when it is visible again. WeChat's order is
 * Page.onHide before App.onHide, and App.onShow before Page.onShow; the app area listens on
 * `document` (and `window` for pagehide/pageshow), so the page hides from a capturing
 * listener on `window` (before them) and shows from a bubbling one (after them).
 */
export function followAppVisibility(): void {
  let background = false
  const hide = (): void => {
    if (background) return
    background = true
    const top = topRecord()
    if (top) hook(top, 'onHide')
  }
  const show = (): void => {
    if (!background || document.visibilityState !== 'visible') return
    background = false
    const top = topRecord()
    if (top) hook(top, 'onShow')
  }
  addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') hide()
  }, true)
  addEventListener('visibilitychange', show)
  addEventListener('pagehide', hide, true)
  addEventListener('pageshow', show)
}
