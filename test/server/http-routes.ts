import type { IncomingMessage, ServerResponse } from 'node:http'
import { parseMultipart } from './multipart'

type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>

/** Per-key bookkeeping so that test files running side by side never share counters. */
interface KeyState {
  hits: number
  inFlight: number
  maxInFlight: number
  held: Array<() => void>
}

const EXPOSED = 'x-custom, x-count, content-length, set-cookie'

/** CORS for the vitest page (another origin): reflect the origin, allow credentials. */
export function allowCors(req: IncomingMessage, res: ServerResponse): void {
  const origin = req.headers.origin
  if (!origin) return
  res.setHeader('access-control-allow-origin', origin)
  res.setHeader('access-control-allow-credentials', 'true')
  res.setHeader('access-control-expose-headers', EXPOSED)
  res.setHeader('vary', 'origin')
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

function json(res: ServerResponse, value: unknown): void {
  send(res, 200, JSON.stringify(value), 'application/json')
}

/** Byte i of every generated body: a pattern the tests can recompute. */
export function patternByte(i: number): number {
  return i % 251
}

function pattern(n: number): Buffer {
  const buf = Buffer.allocUnsafe(n)
  for (let i = 0; i < n; i++) buf[i] = patternByte(i)
  return buf
}

/** The HTTP routes the network tests use; state is shared by every port the server listens on. */
export function createRoutes(): { handle: (req: IncomingMessage, res: ServerResponse) => void, release: () => void } {
  const keys = new Map<string, KeyState>()
  const stateOf = (key: string): KeyState => {
    let state = keys.get(key)
    if (!state) keys.set(key, state = { hits: 0, inFlight: 0, maxInFlight: 0, held: [] })
    return state
  }
  /** Holds a response until the key is released (or the connection closes). */
  const hold = (res: ServerResponse, state: KeyState, then: () => void): void => {
    state.inFlight++
    state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
    let done = false
    const finish = (run: boolean) => {
      if (done) return
      done = true
      state.inFlight--
      state.held = state.held.filter(f => f !== go)
      if (run) then()
    }
    const go = () => finish(true)
    state.held.push(go)
    res.once('close', () => finish(false))
  }

  const routes: Record<string, Handler> = {
    async '/echo'(req, res, url) {
      const body = await readBody(req)
      res.setHeader('x-custom', 'yes')
      res.setHeader('set-cookie', 'session=abc; Path=/')
      json(res, { method: req.method, path: url.pathname, search: url.search, headers: req.headers, body: body.toString('utf8'), bodyBytes: [...body.subarray(0, 64)], bodyLength: body.length })
    },
    '/status'(_req, res, url) {
      const code = Number(url.searchParams.get('code'))
      if (code === 204 || code === 304) {
        res.writeHead(code)
        res.end()
        return
      }
      send(res, code, `status ${code}`)
    },
    '/early-hints'(_req, res) {
      res.writeEarlyHints({ link: '</style.css>; rel=preload; as=style' })
      send(res, 200, 'after hints')
    },
    '/redirect'(_req, res, url) {
      res.writeHead(302, { location: url.searchParams.get('to') ?? '/echo' })
      res.end()
    },
    '/json'(_req, res) {
      send(res, 200, '{"a":1,"b":[1,2]}', 'application/json')
    },
    '/text'(_req, res) {
      send(res, 200, 'not json', 'application/json')
    },
    '/bom-json'(_req, res) {
      send(res, 200, '\uFEFF{"a":1}', 'application/json; charset=utf-8')
    },
    '/bytes'(_req, res, url) {
      const n = Number(url.searchParams.get('n'))
      send(res, 200, pattern(n), url.searchParams.get('type') ?? 'application/octet-stream')
    },
    '/chunks'(_req, res, url) {
      const n = Number(url.searchParams.get('n') ?? 3)
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
      let i = 0
      const next = () => {
        if (i === n) return res.end()
        res.write(`chunk-${i++};`)
        setTimeout(next, 20)
      }
      next()
    },
    '/hold'(req, res, url) {
      const state = stateOf(url.searchParams.get('key') ?? '')
      state.hits++
      hold(res, state, () => send(res, 200, 'released'))
    },
    '/release'(_req, res, url) {
      const state = stateOf(url.searchParams.get('key') ?? '')
      const held = [...state.held]
      for (const go of held) go()
      json(res, { released: held.length })
    },
    /** Held until `at` requests of the key are in flight or 150 ms pass, then all held ones answer. */
    '/inflight'(req, res, url) {
      const state = stateOf(url.searchParams.get('key') ?? '')
      const at = Number(url.searchParams.get('at') ?? 10)
      state.hits++
      const timer = setTimeout(() => go(), 150)
      const go = () => {
        clearTimeout(timer)
        for (const release of [...state.held]) release()
      }
      hold(res, state, () => {
        clearTimeout(timer)
        send(res, 200, String(url.searchParams.get('i')))
      })
      if (state.inFlight >= at) go()
    },
    '/stats'(_req, res, url) {
      const { hits, inFlight, maxInFlight } = stateOf(url.searchParams.get('key') ?? '')
      json(res, { hits, inFlight, maxInFlight })
    },
    /** Declares 100 bytes, sends 10, then waits for the client to give up. */
    '/partial'(_req, res) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 100 })
      res.write(pattern(10))
    },
    /** Declares 100 bytes, sends 10, then drops the connection. */
    '/drop'(_req, res) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 100 })
      res.write(pattern(10), () => setTimeout(() => res.socket?.destroy(), 20))
    },
    /** Declares a body over downloadFile's 200 MB limit. */
    '/huge'(_req, res) {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': 200 * 1024 * 1024 + 1 })
      res.write(pattern(1024))
    },
    async '/upload'(req, res) {
      const body = await readBody(req)
      const parts = parseMultipart(body, req.headers['content-type'] ?? '')
      const fields: Record<string, string> = {}
      const files = []
      for (const part of parts) {
        if (part.filename === undefined) {
          fields[part.name] = part.body.toString('utf8')
          continue
        }
        let sum = 0
        for (const byte of part.body) sum = (sum + byte) % 1_000_000_007
        files.push({ field: part.name, filename: part.filename, type: part.type, size: part.body.length, sum, head: part.body.subarray(0, 16).toString('utf8') })
      }
      json(res, { contentType: req.headers['content-type'], header: req.headers['x-token'], fields, files })
    },
  }

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    if (url.pathname === '/no-cors') return send(res, 200, 'secret')
    if (url.pathname === '/wildcard-cors') {
      res.setHeader('access-control-allow-origin', '*')
      res.setHeader('access-control-allow-headers', '*')
      return req.method === 'OPTIONS' ? send(res, 204, '') : send(res, 200, 'wildcard')
    }
    allowCors(req, res)
    if (req.method === 'OPTIONS') {
      res.setHeader('access-control-allow-methods', req.headers['access-control-request-method'] ?? 'GET')
      res.setHeader('access-control-allow-headers', req.headers['access-control-request-headers'] ?? '')
      res.setHeader('access-control-max-age', '600')
      if (!req.headers['access-control-request-method']) {
        // A plain OPTIONS request (wx method OPTIONS): answer like any route.
        return send(res, 200, 'options')
      }
      res.writeHead(204)
      res.end()
      return
    }
    const route = routes[url.pathname]
    if (!route) return send(res, 404, 'not found')
    Promise.resolve(route(req, res, url)).catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, String(error))
    })
  }

  const release = (): void => {
    for (const state of keys.values()) for (const go of [...state.held]) go()
  }
  return { handle, release }
}
