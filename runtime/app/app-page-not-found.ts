// Pages the router cannot find (it emits `{ path, query, isEntryPage }` on the hub's
// pageNotFoundChannel), to App.onPageNotFound and wx.onPageNotFound. This area subscribes
// only while someone listens, so the router can tell from the channel's size whether to
// show its own not-found page (as WeChat does when no handler exists).
import { pageNotFoundChannel, type PageNotFoundEvent } from '../internal/hub'
import { createListeners, defineListener } from '../internal/listeners'
import { callAppHook, hasAppHook } from './instance'

const listeners = /* @__PURE__ */ createListeners<[event: PageNotFoundEvent]>()

function copy(event: PageNotFoundEvent): PageNotFoundEvent {
  return { path: event.path, query: { ...event.query }, isEntryPage: event.isEntryPage }
}

function relay(event: PageNotFoundEvent): void {
  callAppHook('onPageNotFound', copy(event))
  listeners.emit(copy(event))
}

/** Subscribes to the router's channel exactly while App.onPageNotFound or a listener exists. */
export function syncPageNotFound(): void {
  if (listeners.size > 0 || hasAppHook('onPageNotFound')) pageNotFoundChannel.add(relay)
  else pageNotFoundChannel.remove(relay)
}

// Not destructured: the bundler keeps a destructuring even when nothing uses it (see app-errors.ts).
const api = /* @__PURE__ */ defineListener('onPageNotFound', 'offPageNotFound', listeners)

export function onPageNotFound(listener: (event: PageNotFoundEvent) => void): void {
  api[0](listener)
  syncPageNotFound()
}

export function offPageNotFound(listener?: (event: PageNotFoundEvent) => void): void {
  api[1](listener)
  syncPageNotFound()
}
