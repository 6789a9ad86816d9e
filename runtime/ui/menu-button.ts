import { defineSync } from '../internal/define'
import { label } from '../internal/ui-host'

/**
 * The capsule (menu button) WeChat draws at the right of the navigation bar. Its size and
 * margins are those of the WeChat client on a phone: 87 × 32, 7px from the right edge,
 * centred in the 44px bar (no status bar on the web).
 */
export const CAPSULE = { width: 87, height: 32, right: 7, top: 6 }

let element: HTMLElement | undefined

export function capsule(): HTMLElement {
  if (element) return element
  // Static markup: the "more" dots, a divider and the "close" ring. CAPSULE's numbers are
  // written out (85 × 30 inside the border) (a bundle drawing the bar need not ship the object); the colours are the
  // navigation bar's, set on every draw.
  const holder = document.createElement('div')
  holder.innerHTML = '<div class="capsule" role="group" style="display:flex;align-items:center;position:absolute;top:6px;right:7px;width:85px;height:30px;border-radius:16px;border:1px solid rgba(127,127,127,.35);pointer-events:auto">' +
    '<span class="more" style="flex:1;text-align:center;font:700 16px/1 system-ui;letter-spacing:1px">···</span>' +
    '<span style="width:1px;height:18px;background:rgba(127,127,127,.35)"></span>' +
    '<span class="close" style="flex:1;display:flex"><span style="margin:auto;width:8px;height:8px;border:3px solid;border-radius:50%"></span></span></div>'
  element = holder.firstElementChild as HTMLElement
  element.setAttribute('aria-label', label('nav.menu', { 'zh-CN': '菜单', en: 'Menu' }))
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
