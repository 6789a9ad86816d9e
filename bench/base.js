// base64 (1 MB) and getSystemInfoSync in one Chromium run; ratios are medians of per-round
// paired ratios (see bench/base-entry.ts).
// Usage: node bench/base.js  (last line of output: JSON)
import { fileURLToPath } from 'node:url'
import { runInChromium } from './lib/chromium.js'

const { msMedian, ratios } = await runInChromium({ entry: fileURLToPath(new URL('./base-entry.ts', import.meta.url)) })

const mbps = ms => Math.round(1 / (ms / 1000))
console.log('1 MB base64, MB/s (median of 21 rounds)')
console.table({
  encode: { native: mbps(msMedian.nEnc), wx: mbps(msMedian.wEnc), 'atob/btoa fallback': mbps(msMedian.fEnc) },
  decode: { native: mbps(msMedian.nDec), wx: mbps(msMedian.wDec), 'atob/btoa fallback': mbps(msMedian.fDec) },
})
console.log(`getSystemInfoSync: ${(msMedian.info * 1000 / 250).toFixed(1)} µs/call; bare reads: ${(msMedian.bare * 1000 / 250).toFixed(2)} µs/call`)
console.table(Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, { ratio: +v.toFixed(3) }])))
console.log(JSON.stringify({ bench: 'base', ...Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, +v.toFixed(3)])) }))
