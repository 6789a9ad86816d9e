// navigateTo + navigateBack through the router against raw pushState + history.back(), and
// setData + render against a direct render, in one Chromium run (see bench/route-entry.ts).
// Usage: npm run bench:route  (last line of output: JSON)
import { fileURLToPath } from 'node:url'
import { runInChromium } from './lib/chromium.js'

const { msMedian, ratios } = await runInChromium({ entry: fileURLToPath(new URL('./route-entry.ts', import.meta.url)) })

console.log('median ms per operation over 15 rounds')
console.table({
  'navigateTo + navigateBack': { wx: +msMedian.router.toFixed(3), 'raw pushState + back': +msMedian.raw.toFixed(3) },
  'setData + render (µs)': { wx: +(msMedian.setData * 1000).toFixed(2), 'direct render (µs)': +(msMedian.direct * 1000).toFixed(2) },
})
console.table(Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, { ratio: +v.toFixed(3) }])))
console.log(JSON.stringify({ bench: 'route', ...Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, +v.toFixed(3)])) }))
