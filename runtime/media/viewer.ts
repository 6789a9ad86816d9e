import { h, useStyle } from '../internal/ui-host'
import { imageSrc } from './image-src'

/**
 * The full-screen viewer of previewImage (`wx-pv`) and previewMedia (`wx-pm`). Swipe (or
 * ←/→) between pages; a tap outside a video, or Escape, closes it. Only the page shown and
 * its neighbours load; a video left behind is paused. previewImage's viewer also zooms
 * (pinch or double tap, drag to pan while zoomed: a single tap then waits out the double
 * tap) and may offer a long-press menu (save-image-menu.ts). The menu comes in as a function
 * (previewImage passes it), so previewMedia does not ship it.
 */
export interface ViewOptions {
  /** Class prefix of the viewer's elements. */
  kind: 'wx-pv' | 'wx-pm'
  title: string
  urls: string[]
  start: number
  /** The `referrerPolicy` option: images load with 'origin' or else 'no-referrer'. */
  referrerPolicy?: string
  /** The video for page `index`, if it is one; other pages are images. */
  video?: (index: number) => HTMLVideoElement | undefined
  zoom?: boolean
  /** Opens the menu a long press asks for (in `mask`) and returns it. */
  menu?: (kind: string, mask: HTMLElement, src: () => string) => HTMLElement
}

const DOUBLE_TAP_MS = 300
const LONG_PRESS_MS = 500
const SWIPE_PX = 50
const MAX_ZOOM = 4

/** The open viewer of each kind: a new one replaces it. */
const current: Record<string, () => void> = {}

function pause(el: HTMLElement): void {
  if (el instanceof HTMLVideoElement && !el.paused) el.pause()
}

export function openViewer(o: ViewOptions): void {
  const { kind, urls } = o
  current[kind]?.()
  const root = useStyle(kind, `.${kind}{background:#000;overflow:hidden;touch-action:${o.zoom ? 'none' : 'pan-y'};user-select:none;animation:wx-in var(--wx-t)}`
    + `.${kind}-track{display:flex;height:100%;transition:transform var(--wx-t)}`
    + `.${kind}-page{flex:0 0 100%;display:flex;align-items:center;justify-content:center;overflow:hidden}`
    + `.${kind}-page>*{max-width:100%;max-height:100%;-webkit-user-drag:none}`
    // Not in the way of the video controls under it.
    + `.${kind}-n{position:absolute;inset:auto 0 calc(24px + env(safe-area-inset-bottom));text-align:center;color:#fff;font-size:15px;pointer-events:none}`)
  const mask = h('div', `wx-mask ${kind}`)
  mask.setAttribute('role', 'dialog')
  mask.setAttribute('aria-modal', 'true')
  mask.setAttribute('aria-label', o.title)
  mask.tabIndex = -1
  const track = h('div', `${kind}-track`)
  const count = h('div', `${kind}-n`)
  const items = urls.map((_url, i) => {
    const page = h('div', `${kind}-page`)
    let item: HTMLImageElement | HTMLVideoElement | undefined = o.video?.(i)
    if (!item) {
      item = h('img')
      item.alt = `${i + 1} / ${urls.length}`
      item.referrerPolicy = o.referrerPolicy === 'origin' ? 'origin' : 'no-referrer'
    }
    page.appendChild(item)
    track.appendChild(page)
    return item
  })
  mask.append(track, count)

  let index = o.start
  let zoom = 1
  let panX = 0
  let panY = 0
  const layout = (dragX = 0): void => {
    track.style.transform = `translateX(calc(${-index * 100}% + ${dragX}px))`
    count.textContent = urls.length > 1 ? `${index + 1} / ${urls.length}` : ''
    // Load the page shown and its neighbours only.
    for (let i = Math.max(0, index - 1); i <= Math.min(urls.length - 1, index + 1); i++) {
      if (!items[i].getAttribute('src')) items[i].src = imageSrc(urls[i])
    }
    if (o.zoom) {
      items.forEach((item, i) => {
        item.style.transform = i === index ? `translate(${panX}px,${panY}px) scale(${zoom})` : ''
      })
    }
  }
  const go = (next: number): void => {
    const was = index
    index = Math.max(0, Math.min(urls.length - 1, next))
    if (index !== was) pause(items[was])
    zoom = 1
    panX = panY = 0
    layout()
  }

  const pointers = new Map<number, { x: number, y: number }>()
  let downAt = { x: 0, y: 0 }
  let onVideo = false
  let moved = false
  let pinch: { dist: number, zoom: number } | undefined
  let pan = { x: 0, y: 0 }
  let tapTimer: ReturnType<typeof setTimeout> | undefined
  let pressTimer: ReturnType<typeof setTimeout> | undefined
  let pressed = false
  let menu: HTMLElement | undefined
  const openMenu = (): void => {
    pressed = true
    menu = o.menu!(kind, mask, () => items[index].src)
  }
  const distance = (): number => {
    const [a, b] = [...pointers.values()]
    return Math.hypot(a.x - b.x, a.y - b.y)
  }

  mask.addEventListener('pointerdown', (e) => {
    // Without zoom only one pointer counts.
    if (!o.zoom && pointers.size) return
    pointers.set(e.pointerId, { x: e.clientX, y: e.clientY })
    if (pointers.size === 1) {
      // A pointer on a video is the video's (its controls).
      onVideo = e.target instanceof HTMLVideoElement
      downAt = { x: e.clientX, y: e.clientY }
      pan = { x: panX, y: panY }
      moved = false
      pressed = false
      if (menu?.isConnected) {
        // This tap only dismisses the menu.
        menu.remove()
        pressed = true
      }
      else if (o.menu) pressTimer = setTimeout(openMenu, LONG_PRESS_MS)
    }
    else if (pointers.size === 2) {
      clearTimeout(pressTimer)
      pinch = { dist: distance(), zoom }
      moved = true
    }
    if (!onVideo) {
      try {
        mask.setPointerCapture(e.pointerId)
      }
      catch {
        // Synthetic pointers (no active pointer id) cannot be captured; nothing else needs it.
      }
    }
  })
  mask.addEventListener('pointermove', (e) => {
    if (!pointers.has(e.pointerId) || onVideo) return
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
      layout()
    }
    else if (pointers.size === 1 && zoom > 1) {
      panX = pan.x + dx
      panY = pan.y + dy
      layout()
    }
    else if (pointers.size === 1 && moved) {
      layout(dx)
    }
  })
  const release = (e: PointerEvent): void => {
    if (!pointers.delete(e.pointerId)) return
    clearTimeout(pressTimer)
    if (pointers.size || pressed || onVideo) return
    const wasPinch = !!pinch
    pinch = undefined
    const dx = e.clientX - downAt.x
    // (A cancelled pointer is no tap to the media viewer.)
    if (!moved && (o.zoom || e.type === 'pointerup')) onTap(e.clientX, e.clientY)
    else if (!wasPinch && zoom === 1 && Math.abs(dx) > SWIPE_PX) go(index + (dx < 0 ? 1 : -1))
    else layout()
  }
  mask.addEventListener('pointerup', release)
  mask.addEventListener('pointercancel', release)

  function onTap(x: number, y: number): void {
    if (!o.zoom) return close()
    if (tapTimer === undefined) {
      tapTimer = setTimeout(() => {
        tapTimer = undefined
        close()
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
    layout()
  }

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      if (menu?.isConnected) menu.remove()
      else close()
    }
    else if (e.key === 'ArrowLeft') go(index - 1)
    else if (e.key === 'ArrowRight') go(index + 1)
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  const back = document.activeElement as HTMLElement | null
  function close(): void {
    clearTimeout(tapTimer)
    clearTimeout(pressTimer)
    items.forEach(pause)
    document.removeEventListener('keydown', onKey, true)
    mask.remove()
    if (current[kind] === close) delete current[kind]
    back?.focus?.()
  }
  current[kind] = close
  document.addEventListener('keydown', onKey, true)
  root.appendChild(mask)
  layout()
  mask.focus()
}
