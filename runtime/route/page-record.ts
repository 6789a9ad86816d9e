import { config } from '../internal/config'
import { callUser } from '../internal/report-error'
import { parseQuery } from '../internal/location'
import { createEventChannel, type EventChannel } from './event-channel'
import type { PageData, PageInstance, PageOptions } from './page-types'
import { applyPatch, cloneData } from './set-data'

/** One live page: its instance, its container and the runtime's bookkeeping. */
export interface PageRecord {
  /** Identifies the page's history entry. */
  key: string
  route: string
  /** The query exactly as written after `?`. */
  search: string
  instance: PageInstance
  container: HTMLElement
  /** Where the page renders; the container also holds the pull-down indicator. */
  body: HTMLElement
  channel: EventChannel
  // Flags start unset (false).
  ready?: boolean
  unloaded?: boolean
  scrollTop: number
  cleanup?: () => void
  renderQueued?: boolean
  afterRender: Array<() => void>
}

let counter = 0
export function newKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}-${++counter}`
}

const RESERVED = new Set(['data', 'route', 'is', 'options', 'setData', 'getOpenerEventChannel'])

export function createRecord(
  route: string,
  search: string,
  definition: PageOptions,
  container: HTMLElement,
  body: HTMLElement,
  key = newKey(),
  events?: Record<string, unknown>,
): PageRecord {
  const record = { key, route, search, container, body, scrollTop: 0, afterRender: [] } as unknown as PageRecord
  record.channel = createEventChannel(events)
  const instance: Record<string, unknown> = {}
  // Fields other than data are copied onto the instance (non-function values deep-copied), as WeChat does.
  for (const name of Object.keys(definition)) {
    if (RESERVED.has(name)) continue
    const value = definition[name]
    instance[name] = typeof value === 'function' || value === undefined ? value : cloneData({ v: value }).v
  }
  Object.defineProperties(instance, {
    route: { value: route, enumerable: true },
    is: { value: route },
    __route__: { value: route },
    options: { value: parseQuery(search), enumerable: true },
  })
  instance.data = cloneData(definition.data)
  instance.setData = (patch: PageData, callback?: () => void) => setData(record, patch, callback)
  instance.getOpenerEventChannel = () => record.channel
  record.instance = instance as PageInstance
  return record
}

/** Calls a lifecycle hook or handler of the page with `this` bound to the page. */
export function hook(record: PageRecord, name: string, ...args: unknown[]): unknown {
  const fn = record.instance[name]
  if (typeof fn !== 'function') return undefined
  return callUser(() => (fn as (...a: unknown[]) => unknown).apply(record.instance, args))
}

function setData(record: PageRecord, patch: PageData, callback?: () => void): void {
  if (typeof patch !== 'object' || patch === null) throw new TypeError('setData expects an object')
  applyPatch(record.instance.data, patch)
  if (typeof callback === 'function') record.afterRender.push(callback)
  scheduleRender(record)
}

/** Renders on the next microtask, once for any number of setData calls, then runs their callbacks. */
export function scheduleRender(record: PageRecord): void {
  if (record.renderQueued) return
  record.renderQueued = true
  queueMicrotask(() => {
    record.renderQueued = false
    if (record.unloaded) return
    renderNow(record)
    const callbacks = record.afterRender
    record.afterRender = []
    for (const cb of callbacks) callUser(() => cb.call(record.instance))
  })
}

export function renderNow(record: PageRecord): void {
  const own = record.instance.render
  const result = typeof own === 'function'
    ? callUser(() => (own as PageOptions['render'])!.call(record.instance, record.body, record.instance.data))
    : callUser(config.render, record.instance as PageOptions & PageInstance, record.body)
  if (typeof result === 'function') record.cleanup = result as () => void
}
