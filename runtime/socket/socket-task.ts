import { config } from '../internal/config'
import { type Callbacks, deliver } from '../internal/define'
import { fail } from '../internal/fail'
import { createListeners } from '../internal/listeners'
import { checkParams, normalizeOptions } from '../internal/params'
import { checkDomain } from '../network/domains'
import { emitLegacy, type SocketCloseResult, type SocketErrorResult, type SocketMessageResult, type SocketOpenResult } from './legacy'
import { isBound, liveCount, type LiveSocket, MAX_SOCKETS, register, unregister } from './registry'

/**
 * wx.connectSocket over the browser's WebSocket. A task API: it returns the SocketTask at
 * once and never a Promise; success/fail report whether the connection was started
 * (WeChat's success too means "started", the handshake result arrives as onOpen/onError).
 * Web limits: a page cannot set handshake headers (`header` is ignored) nor read the
 * response headers (onOpen's `header` is `{}`); `perMessageDeflate` and `tcpNoDelay`
 * are the browser's choice. Binary frames arrive as ArrayBuffer. A handshake still pending
 * after `timeout` (else app.json `networkTimeout.connectSocket`, else 60 s) is abandoned.
 */
export interface ConnectSocketOptions {
  url: string
  header?: Record<string, string>
  protocols?: string[]
  timeout?: number
}
export interface SendOptions extends Callbacks { data: string | ArrayBuffer }
export interface CloseOptions extends Callbacks { code?: number, reason?: string }

export interface SocketTask {
  send: (options: SendOptions) => void
  close: (options?: CloseOptions) => void
  onOpen: (listener: (res: SocketOpenResult) => void) => void
  onClose: (listener: (res: SocketCloseResult) => void) => void
  onError: (listener: (res: SocketErrorResult) => void) => void
  onMessage: (listener: (res: SocketMessageResult) => void) => void
}

// The browser never says why a WebSocket failed; this is Chromium's name for that.
const ERROR_TEXT = 'net::ERR_FAILED'
const NOT_CONNECTED = 'WebSocket is not connected'
const DEFAULT_TIMEOUT = 60_000
// setTimeout fires at once past 2^31 - 1 ms: clamp, so a huge timeout stays huge.
const MAX_DELAY = 2 ** 31 - 1

/** Per-call `timeout` wins, then app.json `networkTimeout.connectSocket`, then 60 s. */
function connectTimeout(timeout: unknown): number {
  const fromApp = config.app?.networkTimeout?.connectSocket
  const chosen = typeof timeout === 'number' && timeout > 0 ? timeout : typeof fromApp === 'number' && fromApp > 0 ? fromApp : DEFAULT_TIMEOUT
  return Math.min(chosen, MAX_DELAY)
}

function resolveSocketUrl(url: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  }
  catch {
    throw fail(`invalid url "${url}"`)
  }
  if (parsed.protocol !== 'wss:' && parsed.protocol !== 'ws:') throw fail(`invalid url "${url}"`)
  return parsed
}

/** `send` on an open socket: SocketTask.send and sendSocketMessage. Throws a WxFail. */
export function sendBody(socket: LiveSocket | undefined, options: SendOptions): void {
  checkParams(options as unknown as Record<string, unknown>, { data: 'String|ArrayBuffer' })
  if (!socket || socket.ws.readyState !== WebSocket.OPEN) throw fail(NOT_CONNECTED)
  socket.ws.send(options.data)
}

const utf8Length = (text: string) => new TextEncoder().encode(text).length

/** `close` on a socket: SocketTask.close and closeSocket. Throws a WxFail. */
export function closeBody(socket: LiveSocket | undefined, options: CloseOptions): void {
  checkParams(options as unknown as Record<string, unknown>, { code: 'Number?', reason: 'String?' })
  const { code = 1000, reason = '' } = options
  if (code !== 1000 && !(code >= 3000 && code <= 4999 && Number.isInteger(code))) throw fail('invalid code')
  if (utf8Length(reason) > 123) throw fail('reason must not exceed 123 UTF-8 bytes')
  if (!socket) throw fail(NOT_CONNECTED)
  socket.ws.close(code, reason)
}

/** A task method: callbacks only (never a Promise), reported under `api`'s name. */
function taskMethod<O extends Callbacks>(api: string, body: (options: O) => void) {
  return (raw: unknown): void => {
    let options = {} as O
    let outcome: Promise<void>
    try {
      options = normalizeOptions(raw) as O
      body(options)
      outcome = Promise.resolve()
    }
    catch (error) {
      outcome = Promise.reject(error)
    }
    void deliver(api, options, outcome)
  }
}

export function connectSocket(raw: ConnectSocketOptions & Callbacks): SocketTask {
  const open = createListeners<[SocketOpenResult]>()
  const close = createListeners<[SocketCloseResult]>()
  const error = createListeners<[SocketErrorResult]>()
  const message = createListeners<[SocketMessageResult]>()
  let socket: LiveSocket | undefined
  const task: SocketTask = {
    send: taskMethod<SendOptions>('sendSocketMessage', options => sendBody(socket, options)),
    close: taskMethod<CloseOptions>('closeSocket', options => closeBody(socket, options)),
    onOpen: fn => open.add(fn),
    onClose: fn => close.add(fn),
    onError: fn => error.add(fn),
    onMessage: fn => message.add(fn),
  }

  let options = {} as ConnectSocketOptions & Callbacks
  const outcome = (async () => {
    options = normalizeOptions(raw) as unknown as ConnectSocketOptions & Callbacks
    checkParams(options as unknown as Record<string, unknown>, { url: 'String', header: 'Object?', protocols: 'Array?', timeout: 'Number?' })
    // The doubled word is WeChat's own wording for this limit (observed).
    if (liveCount() >= MAX_SOCKETS) throw fail(`fail reach max websocket connect count ${MAX_SOCKETS}`)
    const url = resolveSocketUrl(options.url)
    checkDomain('socket', url)
    let ws: WebSocket
    try {
      ws = new WebSocket(url.href, options.protocols)
    }
    catch (e) {
      throw fail(e instanceof Error ? e.message : String(e))
    }
    ws.binaryType = 'arraybuffer'
    const self: LiveSocket = socket = { ws }
    register(self)
    // A handshake that never completes is abandoned after the timeout: onError says so,
    // then the browser's close (1006) follows.
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      ws.close()
    }, connectTimeout(options.timeout))
    ws.onopen = () => {
      clearTimeout(timer)
      const res = { header: {} }
      open.emit(res)
      if (isBound(self)) emitLegacy('open', res)
    }
    ws.onmessage = (event: MessageEvent<string | ArrayBuffer>) => {
      const res = { data: event.data }
      message.emit(res)
      if (isBound(self)) emitLegacy('message', res)
    }
    ws.onerror = () => {
      const res = { errMsg: timedOut ? 'timeout' : ERROR_TEXT }
      error.emit(res)
      if (isBound(self)) emitLegacy('error', res)
    }
    ws.onclose = (event) => {
      clearTimeout(timer)
      const bound = isBound(self)
      unregister(self)
      const res = { code: event.code, reason: event.reason }
      close.emit(res)
      if (bound) emitLegacy('close', res)
    }
  })()
  void deliver('connectSocket', options, outcome)
  return task
}
