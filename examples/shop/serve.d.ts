import type { Server } from 'node:http'

export function startStaticServer(options: { root: string, apiOrigin?: string, host?: string, port?: number }): Promise<{ server: Server, port: number, url: string, close(): Promise<void> }>
