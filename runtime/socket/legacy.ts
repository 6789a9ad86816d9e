import { assertListener } from '../internal/listeners'
import { callUser } from '../internal/report-error'

/**
 * The legacy global socket events. As in WeChat's base library, each `onSocketX` holds one
 * callback: a later call replaces the earlier one. They report the bound socket only
 * (see registry.ts).
 */
export interface SocketOpenResult { header: Record<string, string> }
export interface SocketCloseResult { code: number, reason: string }
export interface SocketMessageResult { data: string | ArrayBuffer }
export interface SocketErrorResult { errMsg: string }

/** The socket events, in the order SocketTask lists its `onX` methods. */
export const SOCKET_EVENTS = ['Open', 'Close', 'Error', 'Message'] as const
export type SocketEvent = (typeof SOCKET_EVENTS)[number]

const slots: Partial<Record<SocketEvent, (res: object) => void>> = {}

function setter<R>(event: SocketEvent) {
  return (listener: (res: R) => void): void => {
    assertListener(`onSocket${event}`, listener)
    slots[event] = listener as (res: object) => void
  }
}

export const onSocketOpen = /* @__PURE__ */ setter<SocketOpenResult>('Open')
export const onSocketClose = /* @__PURE__ */ setter<SocketCloseResult>('Close')
export const onSocketMessage = /* @__PURE__ */ setter<SocketMessageResult>('Message')
export const onSocketError = /* @__PURE__ */ setter<SocketErrorResult>('Error')

export function emitLegacy(event: SocketEvent, res: object): void {
  callUser(slots[event], res)
}
