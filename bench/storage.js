// wx storage (setStorageSync / getStorageSync) against raw localStorage.setItem(k, JSON.stringify(v))
// and JSON.parse(localStorage.getItem(k)) on the same data, at 100 and 5,000 keys, in one Chromium run.
// Ratios are medians of per-round paired ratios (see bench/storage-entry.ts).
// Usage: npm run bench:storage  (last line of output: JSON for bench/all.js to aggregate)
import { fileURLToPath } from 'node:url'
import { runInChromium } from './lib/chromium.js'

const TARGETS = { vsRaw: 1.5, scaling: 1.2 }

const { nsPerOp, ratios } = await runInChromium({ entry: fileURLToPath(new URL('./storage-entry.ts', import.meta.url)) })

const opsPerSec = ns => Math.round(1e9 / ns)
const rows = []
for (const [label, name] of [['100 keys', 'small'], ['5,000 keys', 'large'], ['5,000 keys, 100 touched', 'largeHot']]) {
  for (const op of ['Set', 'Get']) {
    rows.push({
      keys: label,
      op: op.toLowerCase(),
      'raw ops/s': opsPerSec(nsPerOp[`${name}.raw${op}`]),
      'wx ops/s': opsPerSec(nsPerOp[`${name}.wx${op}`]),
    })
  }
}
console.log('median ops/s over 41 rounds (bursts of 2,000 sets / 10,000 gets)')
console.table(rows)
console.table(Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, { ratio: +v.toFixed(3) }])))

const misses = [
  ...['setVsRaw100', 'getVsRaw100', 'setVsRaw5000', 'getVsRaw5000'].filter(k => ratios[k] > TARGETS.vsRaw),
  ...['setScalingHot', 'getScalingHot'].filter(k => ratios[k] > TARGETS.scaling),
]
console.log(`targets: wx cost within ${TARGETS.vsRaw}x of raw; cost in a 5,000-key namespace within ${TARGETS.scaling}x of a 100-key one -> ${misses.length ? `missed: ${misses.join(', ')}` : 'met'}`)
console.log('(*ScalingAll cycles over all 5,000 values, so CPU caches make every access dearer: compare it with raw*ScalingAll, the platform\'s own figure.)')
const rounded = Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, +v.toFixed(3)]))
console.log(JSON.stringify({ bench: 'storage', ...rounded, targetsMet: misses.length === 0 }))
