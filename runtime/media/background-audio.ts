import { defineSync } from '../internal/define'
import { type AudioBase, audioCore, defineAccessors, type EventMethods } from './audio-core'
import { imageSrc as mediaSrc } from './image-src'

const EVENTS = ['Canplay', 'Waiting', 'Error', 'Play', 'Pause', 'Seeking', 'Seeked', 'Ended', 'Stop', 'TimeUpdate', 'Prev', 'Next'] as const

export type BackgroundAudioManager = BackgroundAudioManagerBase & EventMethods<typeof EVENTS[number]>

interface BackgroundAudioManagerBase extends AudioBase {
  title: string
  epname: string
  singer: string
  coverImgUrl: string
  webUrl: string
  protocol: string
  audioType: string
  referrerPolicy: string
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
  const m = {} as BackgroundAudioManager
  const meta = { title: '', epname: '', singer: '', coverImgUrl: '', webUrl: '', protocol: 'http', audioType: 'music', referrerPolicy: 'origin' }

  const updateMetadata = (): void => {
    const session = typeof navigator !== 'undefined' ? navigator.mediaSession : undefined
    if (!session || typeof MediaMetadata === 'undefined') return
    session.metadata = new MediaMetadata({
      title: meta.title,
      artist: meta.singer,
      album: meta.epname,
      artwork: meta.coverImgUrl ? [{ src: mediaSrc(meta.coverImgUrl) }] : [],
    })
    session.setActionHandler('previoustrack', () => core.emit('Prev'))
    session.setActionHandler('nexttrack', () => core.emit('Next'))
  }

  const core = audioCore(m as unknown as Record<string, unknown>, EVENTS, () => {
    updateMetadata()
    if (!core.src) return
    audio.src = mediaSrc(core.src)
    core.play()
  }, () => {
    audio.removeAttribute('src')
    audio.load()
    core.src = ''
  })
  const { audio } = core
  const props: Parameters<typeof defineAccessors>[1] = {}
  for (const key of Object.keys(meta) as Array<keyof typeof meta>) {
    props[key] = [() => meta[key], (value: string) => {
      meta[key] = String(value ?? '')
      updateMetadata()
    }]
  }
  defineAccessors(m, props)
  return (manager = m)
})
