/**
 * The live sockets (connecting or open), for WeChat's limit of 5 at once, and the one the
 * legacy global API (sendSocketMessage, closeSocket, onSocketOpen, ...) acts on: the
 * first socket opened while no other is bound, kept until it closes.
 */
export const MAX_SOCKETS = 5

export interface LiveSocket {
  ws: WebSocket
}

const live = new Set<LiveSocket>()
let bound: LiveSocket | undefined

export function liveCount(): number {
  return live.size
}

export function register(socket: LiveSocket): void {
  live.add(socket)
  if (!bound) bound = socket
}

export function unregister(socket: LiveSocket): void {
  live.delete(socket)
  if (bound === socket) bound = undefined
}

export function boundSocket(): LiveSocket | undefined {
  return bound
}

export function isBound(socket: LiveSocket): boolean {
  return bound === socket
}
