import { defineSync } from '../internal/define'
import { reportError } from '../internal/report-error'
import { imageSrc as mediaSrc } from './image-src'
import { type EventMethods, mediaErrorCode, mediaErrorMessage, mediaEvents } from './media-events'

const EVENTS = ['Canplay', 'Play', 'Pause', 'Stop', 'Ended', 'TimeUpdate', 'Error', 'Waiting', 'Seeking', 'Seeked'] as const

export type InnerAudioContext = InnerAudioContextBase & EventMethods<typeof EVENTS[number]>

interface InnerAudioContextBase {
  src: string
  startTime: number
  autoplay: boolean
  loop: boolean
  obeyMuteSwitch: boolean
  volume: number
  playbackRate: number
  referrerPolicy: string
  readonly duration: number
  readonly currentTime: number
  readonly paused: boolean
  readonly buffered: number
  play: () => void
  pause: () => void
  stop: () => void
  seek: (position: number) => void
  destroy: () => void
}

/**
 * `wx.createInnerAudioContext()` over an HTMLAudioElement (not in the document). Properties
 * map to the element (`startTime` and `buffered` the WeChat way; `referrerPolicy` is kept but media elements follow the page's referrer policy), and the
 * element's events to WeChat's onX/offX listeners. `stop()` pauses, rewinds and fires onStop
 * (not onPause). A play() the browser refuses (autoplay policy: no user gesture yet) is
 * reported through onError with errCode 10001. `obeyMuteSwitch` has no web equivalent.
 */
export const createInnerAudioContext = /* @__PURE__ */ defineSync('createInnerAudioContext', (_options?: { useWebAudioImplement?: boolean }): InnerAudioContext => {
  const audio = new Audio()
  audio.preload = 'auto'
  let src = ''
  let startTime = 0
  let obeyMuteSwitch = true
  let referrerPolicy = 'origin'
  let stopping = false
  let destroyed = false
  const ctx = {} as InnerAudioContext
  const emit = mediaEvents(ctx as unknown as Record<string, unknown>, EVENTS)

  const on = (type: string, fn: () => void): void => audio.addEventListener(type, () => {
    if (!destroyed) fn()
  })
  on('canplay', () => emit('Canplay'))
  on('play', () => emit('Play'))
  on('pause', () => {
    // Reaching the end pauses the element too; WeChat reports only onEnded then.
    if (!stopping && !audio.ended) emit('Pause')
  })
  on('ended', () => emit('Ended'))
  on('timeupdate', () => emit('TimeUpdate'))
  on('waiting', () => emit('Waiting'))
  on('seeking', () => {
    if (!stopping) emit('Seeking')
  })
  on('seeked', () => {
    if (!stopping) emit('Seeked')
  })
  on('error', () => {
    if (src) emit('Error', { errMsg: mediaErrorMessage(audio.error), errCode: mediaErrorCode(audio.error) })
  })
  on('loadedmetadata', () => {
    if (startTime > 0 && audio.currentTime === 0) audio.currentTime = startTime
  })

  const props: PropertyDescriptorMap = {
    src: {
      get: () => src,
      set: (value: string) => {
        src = String(value ?? '')
        if (src) audio.src = mediaSrc(src)
        else audio.removeAttribute('src')
      },
    },
    startTime: { get: () => startTime, set: (v: number) => { startTime = Math.max(0, Number(v) || 0) } },
    autoplay: { get: () => audio.autoplay, set: (v: boolean) => { audio.autoplay = !!v } },
    loop: { get: () => audio.loop, set: (v: boolean) => { audio.loop = !!v } },
    obeyMuteSwitch: { get: () => obeyMuteSwitch, set: (v: boolean) => { obeyMuteSwitch = !!v } },
    volume: { get: () => audio.volume, set: (v: number) => { audio.volume = Math.min(1, Math.max(0, Number(v))) } },
    playbackRate: { get: () => audio.playbackRate, set: (v: number) => { audio.playbackRate = Math.min(2, Math.max(0.5, Number(v))) } },
    referrerPolicy: { get: () => referrerPolicy, set: (v: string) => { referrerPolicy = v } },
    duration: { get: () => (Number.isFinite(audio.duration) ? audio.duration : 0) },
    currentTime: { get: () => audio.currentTime },
    paused: { get: () => audio.paused },
    // WeChat: the position up to which the media is buffered, in seconds.
    buffered: { get: () => (audio.buffered.length ? audio.buffered.end(audio.buffered.length - 1) : 0) },
  }
  for (const key in props) props[key].enumerable = true
  Object.defineProperties(ctx, props)

  Object.assign(ctx, {
    play() {
      if (destroyed || !src) return
      audio.play().catch((error: DOMException) => {
        // An abort by a following pause()/src change is not an error in WeChat either.
        if (error?.name === 'AbortError') return
        if (!destroyed) emit('Error', { errMsg: `${error?.name ?? 'Error'}: ${error?.message ?? ''}`, errCode: 10001 })
      })
    },
    pause() {
      if (!destroyed) audio.pause()
    },
    stop() {
      if (destroyed) return
      stopping = true
      audio.pause()
      if (audio.readyState > 0) audio.currentTime = 0
      // Events for this pause and rewind are queued as tasks: unmute them after.
      setTimeout(() => {
        stopping = false
        if (!destroyed) emit('Stop')
      }, 0)
    },
    seek(position: number) {
      if (!destroyed && audio.readyState > 0) audio.currentTime = Math.max(0, Number(position) || 0)
    },
    destroy() {
      if (destroyed) return
      destroyed = true
      audio.pause()
      audio.removeAttribute('src')
      try {
        audio.load()
      }
      catch (error) {
        reportError(error)
      }
    },
  })
  return ctx
})
