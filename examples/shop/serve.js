// A static server for a built example: files from `root`, index.html for every other path (the
// app uses history routes), and /api/* forwarded to the API server. node:http only; used by
// `npm run example:webpack` and the end-to-end tests.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, request } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
}

function forward(req, res, apiOrigin) {
  const target = new URL(req.url, apiOrigin)
  const upstream = request(target, { method: req.method, headers: { ...req.headers, host: target.host } }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  upstream.on('error', () => {
    if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' })
    res.end('{"error":"API server unreachable"}')
  })
  req.pipe(upstream)
}

async function file(path) {
  try {
    return (await stat(path)).isFile() ? path : undefined
  }
  catch {
    return undefined
  }
}

/** Serves `root` on `host`:`port` (0: any free port). Resolves to `{ server, port, url, close() }`. */
export function startStaticServer({ root, apiOrigin, host = '127.0.0.1', port = 0 }) {
  const base = normalize(root + sep)
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost')
    if (apiOrigin && pathname.startsWith('/api/')) return forward(req, res, apiOrigin)
    const wanted = normalize(join(base, decodeURIComponent(pathname)))
    const found = (wanted.startsWith(base) && await file(wanted)) || join(base, 'index.html')
    res.writeHead(200, { 'content-type': TYPES[extname(found)] ?? 'application/octet-stream', 'cache-control': 'no-store' })
    createReadStream(found).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      const { port: bound } = server.address()
      resolve({
        server,
        port: bound,
        url: `http://${host === '127.0.0.1' ? '127.0.0.1' : 'localhost'}:${bound}/`,
        close: () => new Promise((done) => {
          server.close(() => done())
          server.closeAllConnections()
        }),
      })
    })
  })
}
