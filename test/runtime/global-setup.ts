import type { TestProject } from 'vitest/node'
import { startHttpServer } from '../server/http-server'
import { startWsServer } from '../server/ws-server'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the network test server (test/server/http-routes.ts). */
    httpOrigin: string
    /** Extra ports of the same server, for tests that need more than 6 connections. */
    httpAltOrigins: string[]
    /** An origin where nothing listens. */
    closedOrigin: string
    /** Origin of the WebSocket test server (test/server/ws-server.ts), `ws://127.0.0.1:<port>`. */
    wsOrigin: string
  }
}

/**
 * Starts the servers the browser tests talk to (HTTP on 127.0.0.1, ...) and hands their
 * addresses to the tests through `inject()`. Stopped when the run ends. To add a server,
 * start it here, `provide` its address (typed above) and push its stop function.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = []

  const http = await startHttpServer()
  stops.push(http.close)
  project.provide('httpOrigin', http.origin)
  project.provide('httpAltOrigins', http.altOrigins)
  project.provide('closedOrigin', http.closedOrigin)

  const ws = await startWsServer()
  stops.push(ws.close)
  project.provide('wsOrigin', ws.origin)

  return async () => {
    await Promise.all(stops.map(stop => stop()))
  }
}
