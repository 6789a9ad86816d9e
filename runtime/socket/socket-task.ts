import { type Callbacks, defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { createListeners, type Listeners } from '../internal/listeners'
import { checkParams } from '../internal/params'
import { allowedUrl } from '../network/domains'
import { timeoutFor } from '../network/settings'
import { emitLegacy, SOCKET_EVENTS, type SocketCloseResult, type SocketErrorResult, type SocketEvent, type SocketMessageResult, type SocketOpenResult } from './legacy'
import { boundSocket, liveCount, MAX_SOCKETS, register, unregister } from './registry'

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

const NOT_CONNECTED = 'WebSocket is not connected'

/** `send` on an open socket: SocketTask.send and sendSocketMessage. Throws a WxFail. */
export function sendBody(ws: WebSocket | undefined, options: SendOptions): void {
  checkParams(options as unknown as Record<string, unknown>, { data: 'String|ArrayBuffer' })
  if (ws?.readyState !== WebSocket.OPEN) throw fail(NOT_CONNECTED)
  ws.send(options.data)
}

/** `close` on a socket: SocketTask.close and closeSocket. Throws a WxFail. */
export function closeBody(ws: WebSocket | undefined, options: CloseOptions): void {
  checkParams(options as unknown as Record<string, unknown>, { code: 'Number?', reason: 'String?' })
  const { code = 1000, reason = '' } = options
  if (code !== 1000 && !(code >= 3000 && code <= 4999 && Number.isInteger(code))) throw fail('invalid code')
  if (new TextEncoder().encode(reason).length > 123) throw fail('reason must not exceed 123 UTF-8 bytes')
  if (!ws) throw fail(NOT_CONNECTED)
  ws.close(code, reason)
}

export function connectSocket(raw: ConnectSocketOptions & Callbacks): SocketTask {
  let socket: WebSocket | undefined
  const task = {
    // Task methods report under the global API's names and never return a Promise.
    send: defineAsync<SendOptions>('sendSocketMessage', options => sendBody(socket, options), false),
    close: defineAsync<CloseOptions>('closeSocket', options => closeBody(socket, options), false),
  } as unknown as Record<string, unknown>
  const listeners = {} as Record<SocketEvent, Listeners<[object]>>
  for (const event of SOCKET_EVENTS) {
    const set = listeners[event] = createListeners()
    task[`on${event}`] = (fn: (res: object) => void) => set.add(fn)
  }

  // Settles success/fail like any async API, but returns the task rather than a Promise.
  defineAsync<ConnectSocketOptions>('connectSocket', (options) => {
    checkParams(options as unknown as Record<string, unknown>, { url: 'String', header: 'Object?', protocols: 'Array?', timeout: 'Number?' })
    // The doubled word is WeChat's own wording for this limit (observed).
    if (liveCount() >= MAX_SOCKETS) throw fail(`fail reach max websocket connect count ${MAX_SOCKETS}`)
    const url = allowedUrl('socket', options.url, /^wss?:$/)
    // A constructor error (e.g. a bad protocol) fails the call with its message.
    const ws = socket = new WebSocket(url.href, options.protocols)
    ws.binaryType = 'arraybuffer'
    register(ws)
    // The bound socket's events also go to the legacy onSocketX callbacks.
    const emit = (event: SocketEvent, res: object, legacy = boundSocket() === ws) => {
      listeners[event].emit(res)
      if (legacy) emitLegacy(event, res)
    }
    // A handshake that never completes is abandoned after the timeout: onError says so,
    // then the browser's close (1006) follows.
    // The browser never says why a WebSocket failed; net::ERR_FAILED is Chromium's name for that.
    let errMsg = 'net::ERR_FAILED'
    const timer = setTimeout(() => {
      errMsg = 'timeout'
      ws.close()
    }, timeoutFor('connectSocket', options.timeout))
    ws.onopen = () => {
      clearTimeout(timer)
      emit('Open', { header: {} })
    }
    ws.onmessage = ({ data }) => emit('Message', { data })
    ws.onerror = () => emit('Error', { errMsg })
    ws.onclose = ({ code, reason }) => {
      clearTimeout(timer)
      const legacy = boundSocket() === ws
      unregister(ws)
      emit('Close', { code, reason }, legacy)
    }
  }, false)(raw)
  return task as unknown as SocketTask
}
