// wx request against raw fetch: 1,000 small sequential GETs each to a local server, in one
// Chromium run (median of 7 rounds, alternating order). Target: request within 1.15x of fetch.
// Usage: npm run bench:network  (last line of output: JSON for bench/all.js to aggregate)
import { fileURLToPath } from 'node:url'
import { runInChromium } from './lib/chromium.js'

const TARGET = 1.15
const BODY = JSON.stringify({ ok: true, id: 1, name: 'small' })

const result = await runInChromium({
  entry: fileURLToPath(new URL('./network-entry.ts', import.meta.url)),
  routes(req, res) {
    if (req.url !== '/small') return false
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) })
    res.end(BODY)
    return true
  },
})

const ratio = result.wxMs / result.rawMs
const perRequest = ms => `${((ms / result.requests) * 1000).toFixed(0)} µs`
console.table([
  { client: "fetch(url, { cache: 'no-store' }) + res.json()  (baseline)", 'ms / 1,000': +result.rawMs.toFixed(1), 'per request': perRequest(result.rawMs) },
  { client: 'fetch(url) + res.json()  (HTTP cache on; info)', 'ms / 1,000': +result.defaultFetchMs.toFixed(1), 'per request': perRequest(result.defaultFetchMs) },
  { client: 'wx request', 'ms / 1,000': +result.wxMs.toFixed(1), 'per request': perRequest(result.wxMs) },
])
console.log(`request/fetch: ${ratio.toFixed(3)}x (target <= ${TARGET}x) -> ${ratio <= TARGET ? 'met' : 'missed'}`)
console.log(JSON.stringify({ bench: 'network', requestVsFetch: +ratio.toFixed(3), requestVsCachedFetch: +(result.wxMs / result.defaultFetchMs).toFixed(3), targetMet: ratio <= TARGET }))
