import { defineSync } from '../internal/define'
import { reportError } from '../internal/report-error'
import { type AudioBase, audioCore, defineAccessors, type EventMethods } from './audio-core'
import { imageSrc as mediaSrc } from './image-src'

const EVENTS = ['Canplay', 'Play', 'Pause', 'Stop', 'Ended', 'TimeUpdate', 'Error', 'Waiting', 'Seeking', 'Seeked'] as const

export type InnerAudioContext = InnerAudioContextBase & EventMethods<typeof EVENTS[number]>

interface InnerAudioContextBase extends AudioBase {
  autoplay: boolean
  loop: boolean
  obeyMuteSwitch: boolean
  volume: number
  referrerPolicy: string
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
  const ctx = {} as InnerAudioContext
  const core = audioCore(ctx as unknown as Record<string, unknown>, EVENTS, () => {
    if (core.src) audio.src = mediaSrc(core.src)
    else audio.removeAttribute('src')
  }, () => {
    if (audio.readyState > 0) audio.currentTime = 0
  })
  const { audio } = core
  audio.preload = 'auto'
  let obeyMuteSwitch = true
  let referrerPolicy = 'origin'
  defineAccessors(ctx, {
    autoplay: [() => audio.autoplay, (v: boolean) => { audio.autoplay = !!v }],
    loop: [() => audio.loop, (v: boolean) => { audio.loop = !!v }],
    obeyMuteSwitch: [() => obeyMuteSwitch, (v: boolean) => { obeyMuteSwitch = !!v }],
    volume: [() => audio.volume, (v: number) => { audio.volume = Math.min(1, Math.max(0, Number(v))) }],
    referrerPolicy: [() => referrerPolicy, (v: string) => { referrerPolicy = v }],
  })
  ctx.destroy = () => {
    if (core.destroyed) return
    core.destroyed = true
    audio.pause()
    audio.removeAttribute('src')
    try {
      audio.load()
    }
    catch (error) {
      reportError(error)
    }
  }
  return ctx
})
