import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams, typeName } from '../internal/params'
import { h, label, useStyle } from '../internal/ui-host'
import { useTheme } from '../internal/ui-theme'
import { imageSrc } from './image-src'

export interface MediaSource { url: string, type?: 'image' | 'video', poster?: string }

const CSS = '.wx-pm{background:#000;overflow:hidden;touch-action:pan-y;user-select:none;animation:wx-in var(--wx-t)}'
  + '.wx-pm-track{display:flex;height:100%;transition:transform var(--wx-t)}'
  + '.wx-pm-page{flex:0 0 100%;display:flex;align-items:center;justify-content:center;overflow:hidden}'
  + '.wx-pm-page img,.wx-pm-page video{max-width:100%;max-height:100%;-webkit-user-drag:none}'
  + '.wx-pm-n{position:absolute;left:0;right:0;bottom:calc(24px + env(safe-area-inset-bottom));text-align:center;color:#fff;font-size:15px;pointer-events:none}'

const SWIPE_PX = 50

let closeCurrent: (() => void) | undefined

/**
 * `wx.previewMedia`: a full-screen viewer of images and videos (`sources[i].type`, default
 * image; a video shows its `poster` until played, with the browser's own controls). Swipe
 * (or ←/→) between sources starting at `current`; a tap outside a video, or Escape, closes
 * it and pauses nothing left behind. Only the visible source and its neighbours load; a
 * video that scrolls out of view is paused. Resolves once the viewer is shown. The web has
 * no album, so `showmenu`'s long-press menu is not offered.
 */
export const previewMedia = /* @__PURE__ */ defineAsync<{ sources: MediaSource[], current?: number, showmenu?: boolean, referrerPolicy?: string }>('previewMedia', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { sources: 'Array', current: 'Number?', showmenu: 'Boolean?', referrerPolicy: 'String?' })
  if (!o.sources.length) throw fail('parameter error: parameter.sources should not be empty')
  o.sources.forEach((source, i) => {
    const url = (source as MediaSource | undefined)?.url
    if (typeof url !== 'string') throw fail(`parameter error: parameter.sources[${i}].url should be String instead of ${typeName(url)};`)
  })
  const current = o.current ?? 0
  closeCurrent?.()
  show(o.sources, current >= 0 && current < o.sources.length ? Math.floor(current) : 0, o.referrerPolicy === 'origin' ? 'origin' : 'no-referrer')
})

function show(sources: MediaSource[], start: number, referrerPolicy: ReferrerPolicy): void {
  useTheme()
  const root = useStyle('wx-preview-media', CSS)
  const mask = h('div', 'wx-mask wx-pm')
  mask.setAttribute('role', 'dialog')
  mask.setAttribute('aria-modal', 'true')
  mask.setAttribute('aria-label', label('previewMedia.title', { 'zh-CN': '媒体预览', en: 'Media preview' }))
  mask.tabIndex = -1
  const track = h('div', 'wx-pm-track')
  const count = h('div', 'wx-pm-n')
  const items = sources.map((source, i) => {
    const page = h('div', 'wx-pm-page')
    let el: HTMLImageElement | HTMLVideoElement
    if (source.type === 'video') {
      const video = h('video')
      video.controls = true
      video.playsInline = true
      video.preload = 'metadata'
      if (source.poster) video.poster = imageSrc(source.poster)
      el = video
    }
    else {
      const img = h('img')
      img.alt = `${i + 1} / ${sources.length}`
      img.referrerPolicy = referrerPolicy
      el = img
    }
    page.appendChild(el)
    track.appendChild(page)
    return el
  })
  mask.append(track, count)

  let index = start
  const layout = (dragX = 0): void => {
    track.style.transform = `translateX(calc(${-index * 100}% + ${dragX}px))`
    count.textContent = sources.length > 1 ? `${index + 1} / ${sources.length}` : ''
    for (let i = Math.max(0, index - 1); i <= Math.min(sources.length - 1, index + 1); i++) {
      if (!items[i].getAttribute('src')) items[i].src = imageSrc(sources[i].url)
    }
  }
  const go = (next: number): void => {
    const was = index
    index = Math.max(0, Math.min(sources.length - 1, next))
    if (index !== was) pause(items[was])
    layout()
  }

  // One pointer: a horizontal drag swipes, a still press-and-release outside a video closes.
  let down: { id: number, x: number, y: number, onVideo: boolean } | undefined
  let moved = false
  mask.addEventListener('pointerdown', (e) => {
    if (down) return
    down = { id: e.pointerId, x: e.clientX, y: e.clientY, onVideo: e.target instanceof HTMLVideoElement }
    moved = false
  })
  mask.addEventListener('pointermove', (e) => {
    if (down?.id !== e.pointerId || down.onVideo) return
    const dx = e.clientX - down.x
    if (Math.hypot(dx, e.clientY - down.y) > 10) moved = true
    if (moved) layout(dx)
  })
  const release = (e: PointerEvent): void => {
    if (down?.id !== e.pointerId) return
    const { x, onVideo } = down
    down = undefined
    if (onVideo) return
    const dx = e.clientX - x
    if (!moved && e.type === 'pointerup') close()
    else if (Math.abs(dx) > SWIPE_PX) go(index + (dx < 0 ? 1 : -1))
    else layout()
  }
  mask.addEventListener('pointerup', release)
  mask.addEventListener('pointercancel', release)

  const onKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') close()
    else if (e.key === 'ArrowLeft') go(index - 1)
    else if (e.key === 'ArrowRight') go(index + 1)
    else return
    e.preventDefault()
    e.stopPropagation()
  }
  const back = document.activeElement as HTMLElement | null
  function close(): void {
    items.forEach(pause)
    document.removeEventListener('keydown', onKey, true)
    mask.remove()
    if (closeCurrent === close) closeCurrent = undefined
    back?.focus?.()
  }
  closeCurrent = close
  document.addEventListener('keydown', onKey, true)
  root.appendChild(mask)
  layout()
  mask.focus()
}

function pause(el: HTMLImageElement | HTMLVideoElement): void {
  if (el instanceof HTMLVideoElement && !el.paused) el.pause()
}
