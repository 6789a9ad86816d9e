/**
 * The live sockets (connecting or open), for WeChat's limit of 5 at once, and the one the
 * legacy global API (sendSocketMessage, closeSocket, onSocketOpen, ...) acts on: the
 * first socket opened while no other is bound, kept until it closes.
 */
export const MAX_SOCKETS = 5

const live = new Set<WebSocket>()
let bound: WebSocket | undefined

export function liveCount(): number {
  return live.size
}

export function register(ws: WebSocket): void {
  live.add(ws)
  bound ??= ws
}

export function unregister(ws: WebSocket): void {
  live.delete(ws)
  if (bound === ws) bound = undefined
}

export function boundSocket(): WebSocket | undefined {
  return bound
}
