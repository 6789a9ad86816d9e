import { defineListener } from '../internal/listeners'
import { capsule, getMenuButtonBoundingClientRect, type Rect } from './menu-button'

let observer: ResizeObserver | undefined
let last = ''
let bar: Element | null = null

/**
 * Watches what the capsule's rect depends on: the window width, the capsule itself and the
 * navigation bar it is drawn in (observed once the capsule is attached). Listeners get the
 * new rect only when it differs from the last one seen.
 */
function install(): void {
  if (observer) return
  last = JSON.stringify(getMenuButtonBoundingClientRect())
  observer = new ResizeObserver(check)
  observer.observe(document.documentElement)
  observer.observe(capsule())
}

function check(): void {
  const parent = capsule().offsetParent
  if (parent && parent !== bar) {
    bar = parent
    observer!.observe(parent)
  }
  const rect = getMenuButtonBoundingClientRect()
  const key = JSON.stringify(rect)
  if (key === last) return
  last = key
  weightChange.emit(rect)
}

/**
 * `wx.onMenuButtonBoundingClientRectWeightChange` / `wx.offMenuButtonBoundingClientRectWeightChange`:
 * the listener is called with the capsule's new rect (as getMenuButtonBoundingClientRect
 * gives it) whenever that rect changes, e.g. when the window is resized. The observer is
 * installed on the first `on` call.
 */
export const [onMenuButtonBoundingClientRectWeightChange, offMenuButtonBoundingClientRectWeightChange, weightChange] = /* @__PURE__ */ defineListener<[Rect]>(
  'onMenuButtonBoundingClientRectWeightChange',
  'offMenuButtonBoundingClientRectWeightChange',
  undefined,
  install,
)
