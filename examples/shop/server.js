// The shop's API server: products, categories, stores, sign-in, sessions and orders as JSON, and
// each product's picture as a small SVG. node:http only, in memory, bound to 127.0.0.1.
//
//   node examples/shop/server.js [port]      (prints its URL; Ctrl+C stops it)
//   import { startApiServer } from './server.js'; const api = await startApiServer(0); api.close()
import { createServer } from 'node:http'
import { pathToFileURL } from 'node:url'

const CATEGORIES = [
  { id: 'fruit', name: 'Fruit' },
  { id: 'drinks', name: 'Drinks' },
  { id: 'snacks', name: 'Snacks' },
]

const PRODUCTS = [
  { id: 'p1', name: 'Apple', category: 'fruit', price: 350, color: '#e53935', desc: 'Crisp red apples, sold by the bag of four.' },
  { id: 'p2', name: 'Banana', category: 'fruit', price: 280, color: '#fdd835', desc: 'A bunch of five ripe bananas.' },
  { id: 'p3', name: 'Grapes', category: 'fruit', price: 620, color: '#8e24aa', desc: 'Seedless green grapes, 500 g.' },
  { id: 'p4', name: 'Green tea', category: 'drinks', price: 450, color: '#43a047', desc: 'Cold green tea, 500 ml, no sugar.' },
  { id: 'p5', name: 'Orange juice', category: 'drinks', price: 590, color: '#fb8c00', desc: 'Freshly squeezed, 1 litre.' },
  { id: 'p6', name: 'Coffee beans', category: 'drinks', price: 1890, color: '#6d4c41', desc: 'Medium roast whole beans, 250 g.' },
  { id: 'p7', name: 'Crackers', category: 'snacks', price: 320, color: '#c0a16b', desc: 'Salted rice crackers.' },
  { id: 'p8', name: 'Dark chocolate', category: 'snacks', price: 990, color: '#3e2723', desc: '70% cocoa, 100 g bar.' },
]

const STORES = [
  { id: 's1', name: 'Riverside store', latitude: 31.2304, longitude: 121.4737 },
  { id: 's2', name: 'Station store', latitude: 39.9042, longitude: 116.4074 },
  { id: 's3', name: 'Harbour store', latitude: 22.5431, longitude: 114.0579 },
]

/** A product as the list and detail pages get it (the picture is served by this server). */
function publicProduct({ color: _color, ...product }) {
  return { ...product, image: `/api/images/${product.id}.svg` }
}

function productSvg(product) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="120" viewBox="0 0 120 120">`
    + `<rect width="120" height="120" rx="12" fill="#f2f2f2"/>`
    + `<circle cx="60" cy="60" r="38" fill="${product.color}"/>`
    + `<text x="60" y="70" font-family="sans-serif" font-size="28" fill="#fff" text-anchor="middle">${product.name[0]}</text>`
    + `</svg>`
}

/** Great-circle distance in km (haversine). */
function distanceKm(a, b) {
  const rad = Math.PI / 180
  const dLat = (b.latitude - a.latitude) * rad
  const dLng = (b.longitude - a.longitude) * rad
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2
  return 2 * 6371 * Math.asin(Math.sqrt(h))
}

function send(res, status, body, type = 'application/json; charset=utf-8') {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' })
  res.end(type.startsWith('application/json') ? JSON.stringify(body) : body)
}

async function readJson(req) {
  let text = ''
  for await (const chunk of req) text += chunk
  try {
    return text ? JSON.parse(text) : {}
  }
  catch {
    return undefined
  }
}

/** The request handler with its own in-memory state (codes, sessions, orders). */
export function createApi() {
  const codes = new Set()
  const sessions = new Map()
  const orders = []
  let serial = 0

  return async function handle(req, res) {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const path = url.pathname
    if (req.method === 'OPTIONS') return send(res, 204, '', 'text/plain')

    if (req.method === 'GET' && path === '/api/categories') return send(res, 200, CATEGORIES)
    if (req.method === 'GET' && path === '/api/products') {
      const category = url.searchParams.get('category')
      const q = (url.searchParams.get('q') ?? '').trim().toLowerCase()
      const list = PRODUCTS.filter(p => (!category || p.category === category) && (!q || p.name.toLowerCase().includes(q)))
      return send(res, 200, list.map(publicProduct))
    }
    const productMatch = /^\/api\/products\/([\w-]+)$/.exec(path)
    if (req.method === 'GET' && productMatch) {
      const product = PRODUCTS.find(p => p.id === productMatch[1])
      return product ? send(res, 200, publicProduct(product)) : send(res, 404, { error: 'no such product' })
    }
    const imageMatch = /^\/api\/images\/([\w-]+)\.svg$/.exec(path)
    if (req.method === 'GET' && imageMatch) {
      const product = PRODUCTS.find(p => p.id === imageMatch[1])
      return product ? send(res, 200, productSvg(product), 'image/svg+xml') : send(res, 404, { error: 'no such image' })
    }
    if (req.method === 'GET' && path === '/api/stores/nearest') {
      const here = { latitude: Number(url.searchParams.get('latitude')), longitude: Number(url.searchParams.get('longitude')) }
      if (!Number.isFinite(here.latitude) || !Number.isFinite(here.longitude)) return send(res, 400, { error: 'latitude and longitude are required' })
      const [nearest] = STORES.map(store => ({ ...store, distanceKm: Math.round(distanceKm(here, store) * 10) / 10 })).sort((a, b) => a.distanceKm - b.distanceKm)
      return send(res, 200, nearest)
    }

    // Web sign-in: what the login adapter calls. A real site would check a cookie or an OAuth
    // redirect here; the example signs everyone in and hands out a one-time code.
    if (req.method === 'POST' && path === '/api/web-login') {
      const code = `code-${++serial}`
      codes.add(code)
      return send(res, 200, { code })
    }
    // What the mini-program's own server does with wx.login's code: trade it for a session.
    if (req.method === 'POST' && path === '/api/session') {
      const body = await readJson(req)
      if (!body || !codes.delete(body.code)) return send(res, 401, { error: 'invalid code' })
      const token = `token-${serial}`
      sessions.set(token, { nickName: 'Guest shopper' })
      return send(res, 200, { token, user: sessions.get(token) })
    }

    const user = sessions.get(req.headers['x-session'] ?? '')
    if (path === '/api/orders' || path.startsWith('/api/orders/')) {
      if (!user) return send(res, 401, { error: 'not signed in' })
      if (req.method === 'GET' && path === '/api/orders')
        return send(res, 200, orders.filter(order => order.token === req.headers['x-session']).map(({ token: _t, ...order }) => order))
      if (req.method === 'POST' && path === '/api/orders') {
        const body = await readJson(req)
        const items = Array.isArray(body?.items) ? body.items : []
        const lines = items.map(({ id, count }) => ({ product: PRODUCTS.find(p => p.id === id), count: Number(count) }))
        if (lines.length === 0 || lines.some(line => !line.product || !Number.isInteger(line.count) || line.count < 1))
          return send(res, 400, { error: 'bad items' })
        const order = {
          id: `A${String(orders.length + 1).padStart(4, '0')}`,
          token: req.headers['x-session'],
          payment: body.payment === 'cash' ? 'cash' : 'online',
          paid: false,
          items: lines.map(line => ({ id: line.product.id, name: line.product.name, count: line.count })),
          total: lines.reduce((sum, line) => sum + line.product.price * line.count, 0),
        }
        orders.push(order)
        const { token: _t, ...shown } = order
        return send(res, 201, shown)
      }
      const payMatch = /^\/api\/orders\/(\w+)\/pay$/.exec(path)
      if (req.method === 'POST' && payMatch) {
        const order = orders.find(o => o.id === payMatch[1] && o.token === req.headers['x-session'])
        if (!order) return send(res, 404, { error: 'no such order' })
        order.paid = true
        return send(res, 200, { id: order.id, paid: true })
      }
    }
    return send(res, 404, { error: `no route ${req.method} ${path}` })
  }
}

/** Starts the API on 127.0.0.1:`port` (0: any free port). Resolves to `{ server, port, origin, close() }`. */
export function startApiServer(port = 0) {
  const server = createServer(createApi())
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const { port: bound } = server.address()
      resolve({
        server,
        port: bound,
        origin: `http://127.0.0.1:${bound}`,
        close: () => new Promise((done) => {
          server.close(() => done())
          server.closeAllConnections()
        }),
      })
    })
  })
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const api = await startApiServer(Number(process.argv[2] ?? 0))
  console.log(`[shop api] ${api.origin}`)
  process.on('SIGINT', () => api.close().then(() => process.exit(0)))
}
