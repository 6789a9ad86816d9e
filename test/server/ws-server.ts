import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { createServer } from 'node:http'
import { WebSocketServer } from 'ws'

export interface WsTestServer {
  /** `ws://127.0.0.1:<port>`. Paths: see below. */
  origin: string
  close: () => Promise<void>
}

/**
 * The WebSocket server the socket tests talk to (127.0.0.1, ephemeral port):
 * - `/echo`: sends every message back, text as text and binary as binary; the text
 *   `close:<code>:<reason>` makes the server close with that code and reason.
 * - `/greet`: sends `hello` right after the handshake, then echoes like `/echo`.
 * - `/protocol`: echoes the sub-protocol the handshake agreed on, then stays open.
 * - `/reject`: refuses the handshake with HTTP 403.
 * - `/silent`: never answers the handshake (for connect timeouts).
 */
export async function startWsServer(): Promise<WsTestServer> {
  const http = createServer((_req, res) => {
    res.writeHead(404).end()
  })
  const wss = new WebSocketServer({ noServer: true, handleProtocols: protocols => protocols.values().next().value ?? false })
  const silent = new Set<Duplex>()
  http.on('upgrade', (req, socket, head) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname
    if (path === '/silent') {
      silent.add(socket)
      socket.on('close', () => silent.delete(socket))
      return
    }
    if (path === '/reject') {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n')
      return
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (path === '/greet') ws.send('hello')
      if (path === '/protocol') ws.send(`protocol:${ws.protocol}`)
      ws.on('message', (data, isBinary) => {
        const text = isBinary ? '' : data.toString()
        const close = /^close:(\d+):(.*)$/.exec(text)
        if (close) ws.close(Number(close[1]), close[2])
        else ws.send(data, { binary: isBinary })
      })
    })
  })
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject)
    http.listen(0, '127.0.0.1', () => resolve())
  })
  return {
    origin: `ws://127.0.0.1:${(http.address() as AddressInfo).port}`,
    async close() {
      for (const client of wss.clients) client.terminate()
      for (const socket of silent) socket.destroy()
      wss.close()
      http.closeAllConnections()
      await new Promise<void>(resolve => http.close(() => resolve()))
    },
  }
}
