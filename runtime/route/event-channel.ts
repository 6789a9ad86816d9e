import { createListeners, type Listeners } from '../internal/listeners'

type Handler = (...args: unknown[]) => void

/**
 * The channel between an opener page and the page it opened with navigateTo. One set of
 * listeners serves both sides, as in WeChat: `events` given to navigateTo are `on`
 * listeners of the channel, so an `emit` from the opened page reaches them and an `emit`
 * from the opener reaches what the opened page registered. Events with no listener yet are
 * dropped (WeChat does not buffer them either).
 */
export interface EventChannel {
  emit: (eventName: string, ...args: unknown[]) => void
  on: (eventName: string, fn: Handler) => void
  once: (eventName: string, fn: Handler) => void
  off: (eventName: string, fn?: Handler) => void
}

export function createEventChannel(events?: Record<string, unknown>): EventChannel {
  const byName = new Map<string, Listeners<unknown[]>>()
  const onceWrappers = new Map<Handler, Handler>()
  const set = (name: string): Listeners<unknown[]> => {
    let listeners = byName.get(name)
    if (!listeners) byName.set(name, listeners = createListeners<unknown[]>())
    return listeners
  }
  const channel: EventChannel = {
    emit(name, ...args) {
      byName.get(name)?.emit(...args)
    },
    on(name, fn) {
      if (typeof fn === 'function') set(name).add(fn)
    },
    once(name, fn) {
      if (typeof fn !== 'function') return
      const wrapper: Handler = (...args) => {
        channel.off(name, fn)
        fn(...args)
      }
      onceWrappers.set(fn, wrapper)
      set(name).add(wrapper)
    },
    off(name, fn) {
      const listeners = byName.get(name)
      if (!listeners) return
      if (!fn) return listeners.remove()
      listeners.remove(fn)
      const wrapper = onceWrappers.get(fn)
      if (wrapper) {
        listeners.remove(wrapper)
        onceWrappers.delete(fn)
      }
    },
  }
  for (const [name, fn] of Object.entries(events ?? {})) {
    if (typeof fn === 'function') channel.on(name, fn as Handler)
  }
  return channel
}
