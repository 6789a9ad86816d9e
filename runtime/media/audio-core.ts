import { assertListener, createListeners, type Listeners } from '../internal/listeners'

/** `onX(listener)` / `offX(listener?)` for each event name X. */
export type EventMethods<E extends string> =
  & { [K in E as `on${K}`]: (listener: (res: any) => void) => void }
  & { [K in E as `off${K}`]: (listener?: (res: any) => void) => void }

/** What InnerAudioContext and BackgroundAudioManager have alike. */
export interface AudioBase {
  src: string
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

type Accessor = [get: () => unknown, set?: (value: any) => void]

/** Enumerable accessor properties on `target`, from a table `name: [get, set?]`. */
export function defineAccessors(target: object, table: Record<string, Accessor>): void {
  for (const key in table) Object.defineProperty(target, key, { get: table[key][0], set: table[key][1], enumerable: true })
}

export interface AudioCore {
  audio: HTMLAudioElement
  /** The `src` as set (the element holds the resolved URL). */
  src: string
  /** Set by InnerAudioContext.destroy(): no more events, methods do nothing. */
  destroyed: boolean
  emit: (name: string, payload?: unknown) => void
  /** Plays; a refusal other than an abort is reported through onError (errCode 10001). */
  play: () => void
}

// The element's events that are WeChat events of the same name.
const ELEMENT_EVENTS = ['Canplay', 'Play', 'Pause', 'Ended', 'TimeUpdate', 'Waiting', 'Seeking', 'Seeked', 'Error']

/**
 * An Audio element behind `target`: onX/offX for each of `names`, fed by the element's
 * events, and the properties and methods of AudioBase. `onSrc` runs after `src` is set;
 * `unload` is stop()'s part after the pause (rewind, or drop the source).
 */
export function audioCore(target: Record<string, unknown>, names: readonly string[], onSrc: () => void, unload: () => void): AudioCore {
  const audio = new Audio()
  const sets: Record<string, Listeners<[unknown?]>> = {}
  for (const name of names) {
    const set = sets[name] = createListeners<[unknown?]>()
    target[`on${name}`] = (fn: (res?: unknown) => void) => {
      assertListener(`on${name}`, fn)
      set.add(fn)
    }
    target[`off${name}`] = (fn?: (res?: unknown) => void) => set.remove(fn)
  }
  let startTime = 0
  // stop() mutes the pause and seek events its own pause and rewind cause.
  let stopping = false
  const core: AudioCore = {
    audio,
    src: '',
    destroyed: false,
    emit: (name, payload) => {
      if (payload === undefined) sets[name].emit()
      else sets[name].emit(payload)
    },
    play: () => {
      audio.play().catch((error: DOMException) => {
        // An abort by a following pause()/src change is not an error in WeChat either.
        if (error?.name !== 'AbortError' && !core.destroyed) core.emit('Error', { errMsg: `${error?.name ?? 'Error'}: ${error?.message ?? ''}`, errCode: 10001 })
      })
    },
  }
  const { emit } = core

  for (const name of ELEMENT_EVENTS) {
    audio.addEventListener(name.toLowerCase(), () => {
      if (core.destroyed || (stopping && /^(Pause|Seek)/.test(name))) return
      if (name === 'Error') {
        if (core.src) emit(name, mediaError(audio.error))
      }
      // Reaching the end pauses the element too; WeChat reports only onEnded then.
      else if (name !== 'Pause' || !audio.ended) emit(name)
    })
  }
  audio.addEventListener('loadedmetadata', () => {
    if (!core.destroyed && startTime > 0 && audio.currentTime === 0) audio.currentTime = startTime
  })

  const ready = (): boolean => !core.destroyed && audio.readyState > 0
  defineAccessors(target, {
    src: [() => core.src, (value: string) => {
      core.src = String(value ?? '')
      onSrc()
    }],
    startTime: [() => startTime, (v: number) => { startTime = Math.max(0, Number(v) || 0) }],
    playbackRate: [() => audio.playbackRate, (v: number) => { audio.playbackRate = Math.min(2, Math.max(0.5, Number(v))) }],
    duration: [() => (Number.isFinite(audio.duration) ? audio.duration : 0)],
    currentTime: [() => audio.currentTime],
    paused: [() => audio.paused],
    // WeChat: the position up to which the media is buffered, in seconds.
    buffered: [() => (audio.buffered.length ? audio.buffered.end(audio.buffered.length - 1) : 0)],
  })
  Object.assign(target, {
    play() {
      if (!core.destroyed && core.src) core.play()
    },
    pause() {
      if (!core.destroyed) audio.pause()
    },
    stop() {
      if (core.destroyed) return
      stopping = true
      audio.pause()
      unload()
      // Events for this pause and rewind are queued as tasks: unmute them after.
      setTimeout(() => {
        stopping = false
        if (!core.destroyed) emit('Stop')
      }, 0)
    },
    seek(position: number) {
      if (ready()) audio.currentTime = Math.max(0, Number(position) || 0)
    },
  })
  return core
}

/** WeChat's onError code and message from a browser MediaError. */
function mediaError(error: MediaError | null): { errMsg: string, errCode: number } {
  const code = error?.code ?? 0
  return {
    errMsg: error?.message || ['', 'MEDIA_ERR_ABORTED', 'MEDIA_ERR_NETWORK', 'MEDIA_ERR_DECODE', 'MEDIA_ERR_SRC_NOT_SUPPORTED'][code] || 'unknown error',
    // aborted, network, decode and unsupported source (both: format); anything else 10001.
    errCode: [10001, -1, 10002, 10004, 10004][code] ?? 10001,
  }
}
