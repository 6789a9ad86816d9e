import type { AddressInfo } from 'node:net'
import { createServer, type Server } from 'node:http'
import { createRoutes } from './http-routes'

export interface HttpTestServer {
  /** `http://127.0.0.1:<port>` of the main listener. */
  origin: string
  /**
   * More ports served by the same routes and state. Chromium opens at most 6 HTTP/1.1
   * connections per host and port, so a test that needs more requests in flight at
   * once spreads them over these origins.
   */
  altOrigins: string[]
  /** An origin nothing listens on (connection refused). */
  closedOrigin: string
  close: () => Promise<void>
}

function listen(server: Server): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))
  })
}

function close(server: Server): Promise<void> {
  server.closeAllConnections()
  return new Promise(resolve => server.close(() => resolve()))
}

/** Starts the network test server on 127.0.0.1 (ephemeral ports). */
export async function startHttpServer(ports = 4): Promise<HttpTestServer> {
  const routes = createRoutes()
  const servers = Array.from({ length: ports }, () => createServer(routes.handle))
  const origins = await Promise.all(servers.map(listen))
  const probe = createServer()
  const closedOrigin = await listen(probe)
  await close(probe)
  return {
    origin: origins[0],
    altOrigins: origins.slice(1),
    closedOrigin,
    async close() {
      routes.release()
      await Promise.all(servers.map(close))
    },
  }
}
