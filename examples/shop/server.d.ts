import type { IncomingMessage, Server, ServerResponse } from 'node:http'

export function createApi(): (req: IncomingMessage, res: ServerResponse) => Promise<void>
export function startApiServer(port?: number): Promise<{ server: Server, port: number, origin: string, close(): Promise<void> }>
