import { defineSync } from '../internal/define'
import { h, label } from '../internal/ui-host'

/**
 * The capsule (menu button) WeChat draws at the right of the navigation bar. Its size and
 * margins are those of the WeChat client on a phone: 87 × 32, 7px from the right edge,
 * centred in the 44px bar (no status bar on the web).
 */
export const CAPSULE = { width: 87, height: 32, right: 7, top: 6 }

const CSS = `display:flex;align-items:center;position:absolute;box-sizing:border-box;top:${CAPSULE.top}px;right:${CAPSULE.right}px;width:${CAPSULE.width}px;height:${CAPSULE.height}px;border-radius:16px;border:1px solid rgba(127,127,127,.35);background:rgba(255,255,255,.6);color:#000;pointer-events:auto`

let element: HTMLElement | undefined

export function capsule(): HTMLElement {
  if (element) return element
  element = h('div', 'capsule')
  element.style.cssText = CSS
  element.setAttribute('role', 'group')
  element.setAttribute('aria-label', label('nav.menu', { 'zh-CN': '菜单', en: 'Menu' }))
  // Static markup: the "more" dots, a divider and the "close" ring.
  element.innerHTML = '<span class="more" style="flex:1;text-align:center;font:700 16px/1 system-ui;letter-spacing:1px">···</span>' +
    '<span style="width:1px;height:18px;background:rgba(127,127,127,.35)"></span>' +
    '<span class="close" style="flex:1;display:flex;justify-content:center"><span style="width:14px;height:14px;box-sizing:border-box;border:3px solid currentColor;border-radius:50%"></span></span>'
  return element
}

export interface Rect { width: number, height: number, top: number, right: number, bottom: number, left: number }

/** The capsule's rect in CSS pixels, as drawn (the same values on every call while the window size stays). */
export const getMenuButtonBoundingClientRect = /* @__PURE__ */ defineSync('getMenuButtonBoundingClientRect', (): Rect => {
  const bar = element?.isConnected ? element.offsetParent : null
  const windowWidth = bar ? bar.getBoundingClientRect().right : document.documentElement.clientWidth
  const right = Math.round(windowWidth) - CAPSULE.right
  const { width, height, top } = CAPSULE
  return { width, height, top, right, bottom: top + height, left: right - width }
})
