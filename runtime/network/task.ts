import { deliver } from '../internal/define'
import { fail } from '../internal/fail'
import { defineListener } from '../internal/listeners'
import { normalizeOptions } from '../internal/params'
import { allowedUrl } from './domains'
import type { HeaderRecord } from './headers'
import { networkQueue } from './queue'
import { type NetworkKind, type NetworkRequest, networkSettings, timeoutFor } from './settings'

export interface HeadersReceivedResult { header: HeaderRecord, statusCode: number, cookies?: string[] }

/** What every network task has: `abort` and the headers event. Each task adds its second event. */
export interface NetworkTask {
  abort: () => void
  onHeadersReceived: (listener: (res: HeadersReceivedResult) => void) => void
  offHeadersReceived: (listener?: (res: HeadersReceivedResult) => void) => void
}

/** The fetch (or XHR) settings every transfer uses: the task's abort signal and the credentials mode. */
export interface TransferInit { signal: AbortSignal, credentials: RequestCredentials }

/** Emits a task event (onHeadersReceived, onChunkReceived, onProgressUpdate) while the task runs. */
export type Emit<T> = (res: T) => void

/**
 * Performs the transfer once a slot is free; rejects with a WxFail or a network error.
 * `onUpdate` is the task's second event (chunks or progress).
 */
export type Transfer<O, R> = (request: NetworkRequest, options: O, init: TransferInit, onHeaders: Emit<HeadersReceivedResult>, onUpdate: Emit<object>) => Promise<R>

/** `progress` of onProgressUpdate: whole percent, 0 when the total is unknown, never above 100. */
export function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor(done * 100 / total)) : 0
}

/**
 * Runs one request/upload/download: validate (`prepare` throws the parameter errors and
 * describes the request), intercept, check the URL and domain list, wait for one of the 10
 * shared slots, then transfer with the timeout running. Settles the wx callbacks exactly
 * once through `deliver`. Returns the task: `abort`, `on/offHeadersReceived` and
 * `on/off<updateEvent>`.
 */
export function startTask<O extends object, R extends object>(
  api: NetworkKind,
  raw: unknown,
  updateEvent: 'ChunkReceived' | 'ProgressUpdate',
  prepare: (options: O) => NetworkRequest,
  transfer: Transfer<O, R>,
): object {
  const controller = new AbortController()
  const { signal } = controller
  // Aborting an aborted controller changes nothing: the first reason stays.
  const task: Record<string, unknown> = { abort: () => controller.abort(fail('abort')) }
  const [onHeaders, onUpdate] = ['HeadersReceived', updateEvent].map((event) => {
    const [on, off, set] = defineListener(`on${event}`, `off${event}`)
    task[`on${event}`] = on
    task[`off${event}`] = off
    return (res: object) => {
      if (!signal.aborted) set.emit(res)
    }
  })

  let options = {} as O
  const outcome = (async (): Promise<R> => {
    options = normalizeOptions(raw) as O
    let request = prepare(options)
    const { credentials, interceptors } = networkSettings()
    for (const interceptor of interceptors) {
      const changed = await interceptor(request)
      signal.throwIfAborted()
      if (changed === undefined) continue
      if (typeof changed !== 'object' || changed === null || typeof changed.url !== 'string')
        throw new TypeError('[wx-h5] a network interceptor must return the request object (or nothing).')
      request = changed
    }
    const url = allowedUrl(api, request.url, /^https?:$/)
    const release = await networkQueue().acquire(signal)
    const timer = setTimeout(() => controller.abort(fail('timeout')), timeoutFor(api, (options as { timeout?: unknown }).timeout))
    try {
      // An abort may land between the slot being handed over and this line running.
      signal.throwIfAborted()
      return await transfer({ ...request, url: url.href }, options, { signal, credentials }, onHeaders, onUpdate)
    }
    catch (error) {
      // Whatever the transfer threw after an abort or a timeout, that is the reason.
      throw signal.aborted ? signal.reason : error
    }
    finally {
      clearTimeout(timer)
      release()
      // Ends the task: no more events, a later abort() changes nothing, and a body still
      // streaming (e.g. a download over the size limit) is cancelled.
      controller.abort()
    }
  })()
  void deliver(api, options, outcome)
  return task
}
