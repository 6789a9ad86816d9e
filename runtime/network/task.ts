import { type Callbacks, deliver } from '../internal/define'
import { fail } from '../internal/fail'
import { createListeners, defineListener, type Listeners } from '../internal/listeners'
import { normalizeOptions } from '../internal/params'
import { checkDomain } from './domains'
import { abortError, timeoutError } from './failures'
import type { HeaderRecord } from './headers'
import { networkQueue } from './queue'
import { type NetworkKind, type NetworkRequest, networkSettings, timeoutFor } from './settings'

export interface HeadersReceivedResult { header: HeaderRecord, statusCode: number, cookies?: string[] }

/** What a task's transfer function gets: the abort signal and the task's event emitters. */
export interface TaskControl {
  signal: AbortSignal
  credentials: RequestCredentials
  headers: (res: HeadersReceivedResult) => void
  progress: (res: Record<string, number>) => void
  chunk: (res: { data: ArrayBuffer }) => void
}

export interface TaskEvents {
  headers: Listeners<[HeadersReceivedResult]>
  progress: Listeners<[Record<string, number>]>
  chunk: Listeners<[{ data: ArrayBuffer }]>
}

export interface TaskSpec<O, R> {
  api: NetworkKind
  /** Checks the options (throws `fail('parameter error: ...')`) and describes the request. */
  prepare: (options: O) => NetworkRequest
  /** Performs the transfer once a slot is free; rejects with a WxFail or a network error. */
  transfer: (request: NetworkRequest, options: O, control: TaskControl) => Promise<R>
}

/** `onX`/`offX` methods over one of a task's listener sets. */
export function taskListener<A extends unknown[]>(set: Listeners<A>, on: string, off: string) {
  const [add, remove] = defineListener(on, off, set)
  return [add, remove] as const
}

function resolveUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url, globalThis.location?.href)
  }
  catch {
    throw fail(`invalid url "${url}"`)
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw fail(`invalid url "${url}"`)
  return parsed
}

async function intercept(request: NetworkRequest, signal: AbortSignal): Promise<NetworkRequest> {
  for (const interceptor of networkSettings().interceptors) {
    const changed = await interceptor(request)
    signal.throwIfAborted()
    if (changed === undefined) continue
    if (typeof changed !== 'object' || changed === null || typeof changed.url !== 'string')
      throw new TypeError('[wx-h5] a network interceptor must return the request object (or nothing).')
    request = changed
  }
  return request
}

/**
 * Runs one request/upload/download: validate, intercept, check the domain list, wait for
 * one of the 10 shared slots, then transfer with the timeout running. Settles the wx
 * callbacks exactly once through `deliver`. Returns `abort` and the event listener sets.
 */
export function startTask<O extends object, R extends object>(spec: TaskSpec<O, R>, raw: unknown): { abort: () => void, events: TaskEvents } {
  const controller = new AbortController()
  const { signal } = controller
  let ended = false
  const stop = (error: unknown) => {
    if (!ended && !signal.aborted) controller.abort(error)
  }
  const events: TaskEvents = { headers: createListeners(), progress: createListeners(), chunk: createListeners() }
  const live = <A>(set: Listeners<[A]>) => (value: A) => {
    if (!ended && !signal.aborted) set.emit(value)
  }

  let options = {} as O & Callbacks<R>
  let invalid: unknown
  try {
    options = normalizeOptions(raw) as O & Callbacks<R>
  }
  catch (error) {
    invalid = error
  }
  const outcome = (async (): Promise<R> => {
    if (invalid) throw invalid
    const initial = spec.prepare(options)
    const { credentials, interceptors } = networkSettings()
    const request = interceptors.length ? await intercept(initial, signal) : initial
    signal.throwIfAborted()
    const url = resolveUrl(request.url)
    checkDomain(spec.api, url)
    const release = await networkQueue().acquire(signal)
    // An abort may land between the slot being handed over and this line running.
    if (signal.aborted) {
      release()
      throw signal.reason
    }
    const timer = setTimeout(() => stop(timeoutError()), timeoutFor(spec.api, (options as { timeout?: unknown }).timeout))
    try {
      const control: TaskControl = { signal, credentials, headers: live(events.headers), progress: live(events.progress), chunk: live(events.chunk) }
      return await spec.transfer({ ...request, url: url.href }, options, control)
    }
    catch (error) {
      // Whatever the transfer threw after an abort or a timeout, that is the reason.
      throw signal.aborted ? signal.reason : error
    }
    finally {
      ended = true
      clearTimeout(timer)
      release()
    }
  })()
  void deliver(spec.api, options, outcome.finally(() => {
    ended = true
  }))
  return { abort: () => stop(abortError()), events }
}
