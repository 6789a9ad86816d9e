import { createListeners, type Listeners } from '../internal/listeners'
import { typeName } from '../internal/params'

/** `onX(listener)` / `offX(listener?)` for each event name X. */
export type EventMethods<E extends string> =
  & { [K in E as `on${K}`]: (listener: (res: any) => void) => void }
  & { [K in E as `off${K}`]: (listener?: (res: any) => void) => void }

/**
 * The onX/offX pairs of a media object (InnerAudioContext, BackgroundAudioManager): each
 * event name gets `onX(fn)` / `offX(fn?)` on `target` and an emitter.
 */
export function mediaEvents<E extends string>(target: Record<string, unknown>, names: readonly E[]): (name: E, payload?: unknown) => void {
  const sets = new Map<E, Listeners<[unknown?]>>()
  for (const name of names) {
    const set = createListeners<[unknown?]>()
    sets.set(name, set)
    target[`on${name}`] = (fn: (res?: unknown) => void) => {
      if (typeof fn !== 'function') throw new TypeError(`on${name}:fail parameter error: parameter.listener should be Function instead of ${typeName(fn)};`)
      set.add(fn)
    }
    target[`off${name}`] = (fn?: (res?: unknown) => void) => set.remove(fn)
  }
  return (name, payload) => {
    const set = sets.get(name)!
    if (payload === undefined) set.emit()
    else set.emit(payload)
  }
}

/** WeChat's onError codes from a browser MediaError. */
export function mediaErrorCode(error: MediaError | null): 10001 | 10002 | 10003 | 10004 | -1 {
  switch (error?.code) {
    case 2: return 10002 // network
    case 3: return 10004 // decode: format
    case 4: return 10004 // source not supported: format
    case 1: return -1 // aborted
    default: return 10001
  }
}

export function mediaErrorMessage(error: MediaError | null): string {
  return error?.message || ['', 'MEDIA_ERR_ABORTED', 'MEDIA_ERR_NETWORK', 'MEDIA_ERR_DECODE', 'MEDIA_ERR_SRC_NOT_SUPPORTED'][error?.code ?? 0] || 'unknown error'
}
