import { type Callbacks, defineAsync } from '../internal/define'
import { fail } from '../internal/fail'

/**
 * `wx.createVideoContext(id)`: controls the page's `<video id="...">` (also a `<video>`
 * inside the element with that id), looked up at each call so the element may come later.
 * VideoContext methods have no callbacks in WeChat: where the browser refuses
 * (fullscreen or playback without a user gesture), the refusal is logged to the console.
 */
export interface VideoContext {
  play: () => void
  pause: () => void
  stop: () => void
  seek: (position: number) => void
  playbackRate: (rate: number) => void
  requestFullScreen: (option?: { direction?: number }) => void
  exitFullScreen: () => void
  exitPictureInPicture: (option?: Callbacks & Record<string, unknown>) => void
  showStatusBar: () => void
  hideStatusBar: () => void
  sendDanmu: (danmu: { text: string, color?: string }) => void
}

function findVideo(id: string): HTMLVideoElement | undefined {
  const el = document.getElementById(id)
  if (el instanceof HTMLVideoElement) return el
  return el?.querySelector('video') ?? undefined
}

const DANMU_SECONDS = 6

function refused(what: string) {
  return (error: unknown) => console.warn(`[wx-h5] VideoContext.${what}: the browser refused:`, error)
}

export function createVideoContext(id: string, _component?: unknown): VideoContext {
  let layer: HTMLElement | undefined
  let lane = 0

  /** A layer over the video, in its offset parent, for danmu (not shown in fullscreen). */
  function danmuLayer(video: HTMLVideoElement): HTMLElement {
    if (!layer?.isConnected || layer.previousElementSibling !== video) {
      layer?.remove()
      layer = document.createElement('div')
      layer.dataset.wxDanmu = id
      video.insertAdjacentElement('afterend', layer)
      if (getComputedStyle(video.parentElement!).position === 'static') video.parentElement!.style.position = 'relative'
    }
    layer.style.cssText = `position:absolute;overflow:hidden;pointer-events:none;z-index:1;left:${video.offsetLeft}px;top:${video.offsetTop}px;width:${video.offsetWidth}px;height:${video.offsetHeight}px`
    return layer
  }

  // The methods that act on the <video>, given as its first argument.
  const onVideo: Record<string, (video: HTMLVideoElement, ...args: any[]) => void> = {
    play: video => void video.play().catch(refused('play')),
    pause: video => video.pause(),
    stop: (video) => {
      video.pause()
      if (video.readyState > 0) video.currentTime = 0
    },
    seek: (video, position: number) => {
      if (video.readyState > 0) video.currentTime = Math.max(0, Number(position) || 0)
    },
    playbackRate: (video, rate: number) => {
      video.playbackRate = Number(rate)
    },
    requestFullScreen: (video) => {
      if (!video.requestFullscreen) return refused('requestFullScreen')('Fullscreen API missing')
      video.requestFullscreen().catch(refused('requestFullScreen'))
    },
    sendDanmu: (video, { text, color = '#ffffff' }: { text: string, color?: string }) => {
      const host = danmuLayer(video)
      const item = document.createElement('div')
      item.textContent = String(text)
      item.style.cssText = `position:absolute;white-space:nowrap;left:100%;top:${(lane++ % 4) * 24 + 4}px;color:${color};font:16px/20px sans-serif;text-shadow:0 0 2px #000`
      host.appendChild(item)
      const animation = item.animate?.([{ transform: 'translateX(0)' }, { transform: `translateX(-${host.offsetWidth + item.offsetWidth + 10}px)` }], { duration: DANMU_SECONDS * 1000, easing: 'linear' })
      if (animation) animation.onfinish = () => item.remove()
    },
  }
  const context: Record<string, unknown> = {
    exitFullScreen: () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(refused('exitFullScreen'))
    },
    exitPictureInPicture: (option: Callbacks & Record<string, unknown> = {}) => {
      exitPictureInPicture(option)
    },
    /** The web cannot hide the system status bar: accepted and ignored, as on Android. */
    showStatusBar: () => {},
    hideStatusBar: () => {},
  }
  for (const name in onVideo) {
    context[name] = (...args: unknown[]) => {
      const video = findVideo(id)
      if (video) onVideo[name](video, ...args)
      else console.warn(`[wx-h5] VideoContext.${name}: no <video id="${id}"> in the page.`)
    }
  }
  return context as unknown as VideoContext
}

const exitPictureInPicture = /* @__PURE__ */ defineAsync('exitPictureInPicture', async () => {
  if (!document.pictureInPictureElement) throw fail('not in picture-in-picture mode')
  await document.exitPictureInPicture()
}, false)
