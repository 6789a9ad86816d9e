import { h, useStyle } from '../internal/ui-host'
import { useTheme } from '../internal/ui-theme'
import { imageSrc } from './image-src'

/** The full-screen viewer shared by previewImage (`wx-pv`) and previewMedia (`wx-pm`). */
export interface View {
  mask: HTMLElement
  items: Array<HTMLImageElement | HTMLVideoElement>
  /** The page shown. */
  index: number
  /** Places the track (`dragX`: a swipe in progress) and loads the page shown and its neighbours. */
  layout: (dragX?: number) => void
  /** Shows page `next` (kept within bounds), pausing a video left behind. */
  go: (next: number) => void
  close: () => void
}

export interface ViewOptions {
  /** Class prefix of the viewer's elements. */
  kind: 'wx-pv' | 'wx-pm'
  /** `touch-action` of the viewer: pinch-zoom needs `none`. */
  touch: string
  /** Extra CSS of this kind of viewer. */
  css: string
  title: string
  urls: string[]
  start: number
  make: (index: number) => HTMLImageElement | HTMLVideoElement
  /** Before each move to a page (the image viewer resets its zoom). */
  onGo?: () => void
  /** After each layout (the image viewer's zoom). */
  onLayout?: (view: View) => void
  /** Escape; closes the viewer by default. */
  onEscape?: () => void
  onClose?: () => void
}

/** The open viewer of each kind: a new one replaces it. */
const current: Record<string, () => void> = {}

const SWIPE_PX = 50

/** The end of a drag by `dx` pixels: far enough is a swipe to the next page, else snap back. */
export function swipe(view: View, dx: number): void {
  if (Math.abs(dx) > SWIPE_PX) view.go(view.index + (dx < 0 ? 1 : -1))
  else view.layout()
}

export function pause(el: HTMLElement): void {
  if (el instanceof HTMLVideoElement && !el.paused) el.pause()
}

export function openViewer(o: ViewOptions): View {
  const { kind, urls } = o
  current[kind]?.()
  useTheme()
  const root = useStyle(kind, `.${kind}{background:#000;overflow:hidden;touch-action:${o.touch};user-select:none;animation:wx-in var(--wx-t)}`
    + `.${kind}-track{display:flex;height:100%;transition:transform var(--wx-t)}`
    + `.${kind}-page{flex:0 0 100%;display:flex;align-items:center;justify-content:center;overflow:hidden}`
    + `.${kind}-page>*{max-width:100%;max-height:100%;-webkit-user-drag:none}`
    // Not in the way of the video controls under it.
    + `.${kind}-n{position:absolute;left:0;right:0;bottom:calc(24px + env(safe-area-inset-bottom));text-align:center;color:#fff;font-size:15px;pointer-events:none}${o.css}`)
  const mask = h('div', `wx-mask ${kind}`)
  mask.setAttribute('role', 'dialog')
  mask.setAttribute('aria-modal', 'true')
  mask.setAttribute('aria-label', o.title)
  mask.tabIndex = -1
  const track = h('div', `${kind}-track`)
  const count = h('div', `${kind}-n`)
  const items = urls.map((_url, i) => {
    const page = h('div', `${kind}-page`)
    const item = page.appendChild(o.make(i))
    track.appendChild(page)
    return item
  })
  mask.append(track, count)

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') (o.onEscape ?? close)()
    else if (e.key === 'ArrowLeft') view.go(view.index - 1)
    else if (e.key === 'ArrowRight') view.go(view.index + 1)
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  const back = document.activeElement as HTMLElement | null
  function close(): void {
    o.onClose?.()
    items.forEach(pause)
    document.removeEventListener('keydown', onKey, true)
    mask.remove()
    if (current[kind] === close) delete current[kind]
    back?.focus?.()
  }

  const view: View = {
    mask,
    items,
    index: o.start,
    layout(dragX = 0) {
      const { index } = view
      track.style.transform = `translateX(calc(${-index * 100}% + ${dragX}px))`
      count.textContent = urls.length > 1 ? `${index + 1} / ${urls.length}` : ''
      // Load the page shown and its neighbours only.
      for (let i = Math.max(0, index - 1); i <= Math.min(urls.length - 1, index + 1); i++) {
        if (!items[i].getAttribute('src')) items[i].src = imageSrc(urls[i])
      }
      o.onLayout?.(view)
    },
    go(next) {
      const was = view.index
      o.onGo?.()
      view.index = Math.max(0, Math.min(urls.length - 1, next))
      if (view.index !== was) pause(items[was])
      view.layout()
    },
    close,
  }
  current[kind] = close
  document.addEventListener('keydown', onKey, true)
  root.appendChild(mask)
  view.layout()
  mask.focus()
  return view
}
