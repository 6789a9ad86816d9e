import { callUser } from '../internal/report-error'
import { typeName } from '../internal/params'

/**
 * The legacy global socket events. As in WeChat's base library, each `onSocketX` holds one
 * callback: a later call replaces the earlier one. They report the bound socket only
 * (see registry.ts).
 */
export interface SocketOpenResult { header: Record<string, string> }
export interface SocketCloseResult { code: number, reason: string }
export interface SocketMessageResult { data: string | ArrayBuffer }
export interface SocketErrorResult { errMsg: string }

interface Slots {
  open?: (res: SocketOpenResult) => void
  close?: (res: SocketCloseResult) => void
  message?: (res: SocketMessageResult) => void
  error?: (res: SocketErrorResult) => void
}
const slots: Slots = {}

function setter<K extends keyof Slots>(api: string, key: K) {
  return (listener: NonNullable<Slots[K]>): void => {
    if (typeof listener !== 'function')
      throw new TypeError(`${api}:fail parameter error: parameter.listener should be Function instead of ${typeName(listener)};`)
    slots[key] = listener
  }
}

export const onSocketOpen = /* @__PURE__ */ setter('onSocketOpen', 'open')
export const onSocketClose = /* @__PURE__ */ setter('onSocketClose', 'close')
export const onSocketMessage = /* @__PURE__ */ setter('onSocketMessage', 'message')
export const onSocketError = /* @__PURE__ */ setter('onSocketError', 'error')

export function emitLegacy<K extends keyof Slots>(key: K, res: Parameters<NonNullable<Slots[K]>>[0]): void {
  callUser(slots[key] as ((r: typeof res) => void) | undefined, res)
}
