import { defineSync } from '../internal/define'
import { type EventMethods, mediaErrorCode, mediaErrorMessage, mediaEvents } from './media-events'
import { imageSrc as mediaSrc } from './image-src'

const EVENTS = ['Canplay', 'Waiting', 'Error', 'Play', 'Pause', 'Seeking', 'Seeked', 'Ended', 'Stop', 'TimeUpdate', 'Prev', 'Next'] as const

export type BackgroundAudioManager = BackgroundAudioManagerBase & EventMethods<typeof EVENTS[number]>

interface BackgroundAudioManagerBase {
  src: string
  title: string
  epname: string
  singer: string
  coverImgUrl: string
  webUrl: string
  protocol: string
  audioType: string
  referrerPolicy: string
  startTime: number
  playbackRate: number
  readonly duration: number
  readonly currentTime: number
  readonly paused: boolean
  readonly buffered: number
  play: () => void
  pause: () => void
  stop: () => void
  seek: (position: number) => void
}

let manager: BackgroundAudioManager | undefined

/**
 * `wx.getBackgroundAudioManager()`: one audio element for the whole app, as in WeChat.
 * Setting `src` starts playback (WeChat's rule). title / singer / epname / coverImgUrl
 * become Media Session metadata (lock screen, media keys), whose previous/next track
 * actions fire onPrev / onNext. Playback continues while the tab is in the background as
 * far as the browser allows; it stops when the page is closed (no system player here).
 */
export const getBackgroundAudioManager = /* @__PURE__ */ defineSync('getBackgroundAudioManager', (): BackgroundAudioManager => {
  if (manager) return manager
  const audio = new Audio()
  const m = {} as BackgroundAudioManager
  const meta = { title: '', epname: '', singer: '', coverImgUrl: '', webUrl: '', protocol: 'http', audioType: 'music', referrerPolicy: 'origin' }
  let src = ''
  let startTime = 0
  let stopping = false
  const emit = mediaEvents(m as unknown as Record<string, unknown>, EVENTS)

  const session = (): MediaSession | undefined => (typeof navigator !== 'undefined' ? navigator.mediaSession : undefined)
  const updateMetadata = (): void => {
    const s = session()
    if (!s || typeof MediaMetadata === 'undefined') return
    s.metadata = new MediaMetadata({
      title: meta.title,
      artist: meta.singer,
      album: meta.epname,
      artwork: meta.coverImgUrl ? [{ src: mediaSrc(meta.coverImgUrl) }] : [],
    })
    s.setActionHandler('previoustrack', () => emit('Prev'))
    s.setActionHandler('nexttrack', () => emit('Next'))
  }

  const listen: Array<[string, () => void]> = [
    ['canplay', () => emit('Canplay')],
    ['waiting', () => emit('Waiting')],
    ['play', () => emit('Play')],
    ['pause', () => { if (!stopping && !audio.ended) emit('Pause') }],
    ['seeking', () => { if (!stopping) emit('Seeking') }],
    ['seeked', () => { if (!stopping) emit('Seeked') }],
    ['ended', () => emit('Ended')],
    ['timeupdate', () => emit('TimeUpdate')],
    ['error', () => { if (src) emit('Error', { errMsg: mediaErrorMessage(audio.error), errCode: mediaErrorCode(audio.error) }) }],
    ['loadedmetadata', () => { if (startTime > 0 && audio.currentTime === 0) audio.currentTime = startTime }],
  ]
  for (const [type, fn] of listen) audio.addEventListener(type, fn)

  const play = (): void => {
    audio.play().catch((error: DOMException) => {
      if (error?.name !== 'AbortError') emit('Error', { errMsg: `${error?.name ?? 'Error'}: ${error?.message ?? ''}`, errCode: 10001 })
    })
  }

  const props: PropertyDescriptorMap = {
    src: {
      get: () => src,
      set: (value: string) => {
        src = String(value ?? '')
        updateMetadata()
        if (!src) return
        audio.src = mediaSrc(src)
        play()
      },
    },
    startTime: { get: () => startTime, set: (v: number) => { startTime = Math.max(0, Number(v) || 0) } },
    playbackRate: { get: () => audio.playbackRate, set: (v: number) => { audio.playbackRate = Math.min(2, Math.max(0.5, Number(v))) } },
    duration: { get: () => (Number.isFinite(audio.duration) ? audio.duration : 0) },
    currentTime: { get: () => audio.currentTime },
    paused: { get: () => audio.paused },
    buffered: { get: () => (audio.buffered.length ? audio.buffered.end(audio.buffered.length - 1) : 0) },
  }
  for (const key of Object.keys(meta) as Array<keyof typeof meta>) {
    props[key] = {
      get: () => meta[key],
      set: (value: string) => {
        meta[key] = String(value ?? '')
        updateMetadata()
      },
    }
  }
  for (const key in props) props[key].enumerable = true
  Object.defineProperties(m, props)
  Object.assign(m, {
    play: () => { if (src) play() },
    pause: () => audio.pause(),
    seek: (position: number) => {
      if (audio.readyState > 0) audio.currentTime = Math.max(0, Number(position) || 0)
    },
    stop: () => {
      stopping = true
      audio.pause()
      audio.removeAttribute('src')
      audio.load()
      src = ''
      setTimeout(() => {
        stopping = false
        emit('Stop')
      }, 0)
    },
  })
  return (manager = m)
})
