import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { h, label } from '../internal/ui-host'
import { offerDownload } from './save-to-album'
import { openViewer, swipe } from './viewer'

const MENU_CSS = '.wx-pv-menu{position:absolute;left:0;right:0;bottom:0;background:#fff;border-radius:12px 12px 0 0;padding-bottom:env(safe-area-inset-bottom);animation:wx-in var(--wx-t)}'
  + '.wx-pv-menu button{display:block;width:100%;padding:16px;border:0;border-top:1px solid #0000001a;background:none;font:inherit;color:#000;cursor:pointer}'
  + '.wx-pv-menu button:first-child{border-top:0}'

const DOUBLE_TAP_MS = 300
const LONG_PRESS_MS = 500
const MAX_ZOOM = 4

/**
 * `wx.previewImage`: a full-screen viewer in the UI host. Swipe (or ←/→) between `urls`,
 * starting at `current`; pinch or double-tap to zoom (drag to pan while zoomed); a single
 * tap or Escape closes it. With `showmenu` (default true) a long press opens a menu whose
 * "save image" downloads the image (the web has no album). Resolves once the viewer is shown.
 */
export const previewImage = /* @__PURE__ */ defineAsync<{ urls: string[], current?: string | number, showmenu?: boolean, referrerPolicy?: string }>('previewImage', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { urls: 'Array', current: 'String|Number?', showmenu: 'Boolean?', referrerPolicy: 'String?' })
  if (!o.urls.length) throw fail('parameter error: parameter.urls should not be empty')
  const urls = o.urls.map(String)
  let index = typeof o.current === 'number' ? o.current : urls.indexOf(o.current ?? '')
  if (index < 0 || index >= urls.length) index = 0
  show(urls, index, o.referrerPolicy === 'origin' ? 'origin' : 'no-referrer', o.showmenu !== false)
})

function show(urls: string[], start: number, referrerPolicy: ReferrerPolicy, showMenu: boolean): void {
  let zoom = 1
  let panX = 0
  let panY = 0
  let tapTimer: ReturnType<typeof setTimeout> | undefined
  let pressTimer: ReturnType<typeof setTimeout> | undefined
  let menu: HTMLElement | undefined
  const closeMenu = (): void => {
    menu?.remove()
    menu = undefined
  }
  const view = openViewer({
    kind: 'wx-pv',
    touch: 'none',
    css: MENU_CSS,
    title: label('preview.title', { 'zh-CN': '图片预览', en: 'Image preview' }),
    urls,
    start,
    make: (i) => {
      const img = h('img')
      img.alt = `${i + 1} / ${urls.length}`
      img.referrerPolicy = referrerPolicy
      return img
    },
    onGo: () => {
      zoom = 1
      panX = panY = 0
    },
    onLayout: ({ items, index }) => items.forEach((img, i) => {
      img.style.transform = i === index ? `translate(${panX}px,${panY}px) scale(${zoom})` : ''
    }),
    onEscape: () => (menu ? closeMenu() : view.close()),
    onClose: () => {
      clearTimeout(tapTimer)
      clearTimeout(pressTimer)
    },
  })
  const { mask } = view

  const pointers = new Map<number, { x: number, y: number }>()
  let downAt = { x: 0, y: 0 }
  let moved = false
  let pinch: { dist: number, zoom: number } | undefined
  let pan = { x: 0, y: 0 }
  let pressed = false
  const openMenu = (): void => {
    pressed = true
    menu = h('div', 'wx-pv-menu')
    menu.setAttribute('role', 'menu')
    const save = h('button', '', label('preview.save', { 'zh-CN': '保存图片', en: 'Save image' }))
    const cancel = h('button', '', label('preview.cancel', { 'zh-CN': '取消', en: 'Cancel' }))
    save.setAttribute('role', 'menuitem')
    cancel.setAttribute('role', 'menuitem')
    save.onclick = () => {
      const { src } = view.items[view.index]
      offerDownload(src, src, `image-${Date.now()}`)
      closeMenu()
    }
    cancel.onclick = closeMenu
    // Taps inside the menu are the menu's, not the viewer's.
    menu.addEventListener('pointerdown', e => e.stopPropagation())
    menu.addEventListener('pointerup', e => e.stopPropagation())
    menu.append(save, cancel)
    mask.appendChild(menu)
    save.focus()
  }
  const distance = (): number => {
    const [a, b] = [...pointers.values()]
    return Math.hypot(a.x - b.x, a.y - b.y)
  }

  mask.addEventListener('pointerdown', (e) => {
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY })
    try {
      mask.setPointerCapture(e.pointerId)
    }
    catch {
      // Synthetic pointers (no active pointer id) cannot be captured; nothing else needs it.
    }
    if (pointers.size === 1) {
      downAt = { x: e.clientX, y: e.clientY }
      pan = { x: panX, y: panY }
      moved = false
      pressed = false
      if (menu) {
        // This tap only dismisses the menu.
        closeMenu()
        pressed = true
      }
      else if (showMenu) pressTimer = setTimeout(openMenu, LONG_PRESS_MS)
    }
    else if (pointers.size === 2) {
      clearTimeout(pressTimer)
      pinch = { dist: distance(), zoom }
      moved = true
    }
  })
  mask.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId)) return
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY })
    const dx = e.clientX - downAt.x
    const dy = e.clientY - downAt.y
    if (Math.hypot(dx, dy) > 10) {
      moved = true
      clearTimeout(pressTimer)
    }
    if (pinch && pointers.size === 2) {
      zoom = Math.min(MAX_ZOOM, Math.max(1, pinch.zoom * (distance() / (pinch.dist || 1))))
      if (zoom === 1) panX = panY = 0
      view.layout()
    }
    else if (pointers.size === 1 && zoom > 1) {
      panX = pan.x + dx
      panY = pan.y + dy
      view.layout()
    }
    else if (pointers.size === 1 && moved) {
      view.layout(dx)
    }
  })
  const release = (e: PointerEvent): void => {
    if (!pointers.delete(e.pointerId)) return
    clearTimeout(pressTimer)
    if (pointers.size || pressed) return
    const wasPinch = !!pinch
    pinch = undefined
    if (!moved) onTap(e.clientX, e.clientY)
    else if (!wasPinch && zoom === 1) swipe(view, e.clientX - downAt.x)
    else view.layout()
  }
  mask.addEventListener('pointerup', release)
  mask.addEventListener('pointercancel', release)

  function onTap(x: number, y: number): void {
    if (tapTimer === undefined) {
      tapTimer = setTimeout(() => {
        tapTimer = undefined
        view.close()
      }, DOUBLE_TAP_MS)
      return
    }
    // Double tap: zoom in around the point, or back out.
    clearTimeout(tapTimer)
    tapTimer = undefined
    if (zoom > 1) {
      zoom = 1
      panX = panY = 0
    }
    else {
      zoom = 2
      const rect = mask.getBoundingClientRect()
      panX = -(x - rect.left - rect.width / 2)
      panY = -(y - rect.top - rect.height / 2)
    }
    view.layout()
  }
}
