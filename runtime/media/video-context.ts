import { type Callbacks, defineAsync } from '../internal/define'
import { fail } from '../internal/fail'

/**
 * `wx.createVideoContext(id)`: controls the page's `<video id="...">` (also a `<video>`
 * inside the element with that id), looked up at each call so the element may come later.
 * VideoContext methods have no callbacks in WeChat: where the browser refuses
 * (fullscreen or playback without a user gesture), the refusal is logged to the console.
 */
function findVideo(id: string): HTMLVideoElement | undefined {
  const el = document.getElementById(id)
  if (el instanceof HTMLVideoElement) return el
  return el?.querySelector('video') ?? undefined
}

const DANMU_CSS = 'position:absolute;overflow:hidden;pointer-events:none;z-index:1'
const DANMU_SECONDS = 6

function refused(what: string) {
  return (error: unknown) => console.warn(`[wx-h5] VideoContext.${what}: the browser refused:`, error)
}

export function createVideoContext(id: string, _component?: unknown) {
  const withVideo = (what: string, fn: (video: HTMLVideoElement) => void): void => {
    const video = findVideo(id)
    if (video) fn(video)
    else console.warn(`[wx-h5] VideoContext.${what}: no <video id="${id}"> in the page.`)
  }
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
    layer.style.cssText = `${DANMU_CSS};left:${video.offsetLeft}px;top:${video.offsetTop}px;width:${video.offsetWidth}px;height:${video.offsetHeight}px`
    return layer
  }

  return {
    play: () => withVideo('play', v => void v.play().catch(refused('play'))),
    pause: () => withVideo('pause', v => v.pause()),
    stop: () => withVideo('stop', (v) => {
      v.pause()
      if (v.readyState > 0) v.currentTime = 0
    }),
    seek: (position: number) => withVideo('seek', (v) => {
      if (v.readyState > 0) v.currentTime = Math.max(0, Number(position) || 0)
    }),
    playbackRate: (rate: number) => withVideo('playbackRate', (v) => {
      v.playbackRate = Number(rate)
    }),
    requestFullScreen: (_option?: { direction?: number }) => withVideo('requestFullScreen', (v) => {
      if (!v.requestFullscreen) return refused('requestFullScreen')('Fullscreen API missing')
      v.requestFullscreen().catch(refused('requestFullScreen'))
    }),
    exitFullScreen: () => {
      if (document.fullscreenElement) document.exitFullscreen().catch(refused('exitFullScreen'))
    },
    exitPictureInPicture: (option: Callbacks & Record<string, unknown> = {}) => {
      exitPictureInPicture(option)
    },
    /** The web cannot hide the system status bar: accepted and ignored, as on Android. */
    showStatusBar: () => {},
    hideStatusBar: () => {},
    sendDanmu: ({ text, color = '#ffffff' }: { text: string, color?: string }) => withVideo('sendDanmu', (v) => {
      const host = danmuLayer(v)
      const item = document.createElement('div')
      item.textContent = String(text)
      const top = (lane++ % 4) * 24 + 4
      item.style.cssText = `position:absolute;white-space:nowrap;left:100%;top:${top}px;color:${color};font:16px/20px sans-serif;text-shadow:0 0 2px #000`
      host.appendChild(item)
      const animation = item.animate?.([{ transform: 'translateX(0)' }, { transform: `translateX(-${host.offsetWidth + item.offsetWidth + 10}px)` }], { duration: DANMU_SECONDS * 1000, easing: 'linear' })
      if (animation) animation.onfinish = () => item.remove()
    }),
  }
}

const exitPictureInPicture = /* @__PURE__ */ defineAsync('exitPictureInPicture', async () => {
  if (!document.pictureInPictureElement) throw fail('not in picture-in-picture mode')
  await document.exitPictureInPicture()
}, false)
