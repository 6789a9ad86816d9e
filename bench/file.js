// The wx file system (IndexedDB-backed, in-memory mirror) and the legacy canvas context
// against the raw platform on the same work, in one Chromium run. Ratios are medians of
// per-round paired ratios (see bench/file-entry.ts).
// Usage: npm run bench:file  (last line of output: JSON for bench/all.js to aggregate)
import { fileURLToPath } from 'node:url'
import { runInChromium } from './lib/chromium.js'

const { nsPerOp, ratios } = await runInChromium({ entry: fileURLToPath(new URL('./file-entry.ts', import.meta.url)) })

const us = ns => +(ns / 1000).toFixed(2)
console.log('median µs per operation (4 KB files; canvas: per fillRect incl. draw)')
console.table([
  ['writeFile (async, committed)', 'wxWrite', 'rawWrite', 'IndexedDB put'],
  ['readFile (async, utf8)', 'wxRead', 'rawRead', 'IndexedDB get'],
  ['writeFileSync (utf8)', 'wxWriteSync', 'rawWriteSync', 'Map + TextEncoder'],
  ['readFileSync (utf8)', 'wxReadSync', 'rawReadSync', 'Map + TextDecoder'],
  ['canvas fillRect + draw', 'wxDraw', 'rawDraw', 'CanvasRenderingContext2D'],
].map(([op, wx, raw, baseline]) => ({ op, 'wx µs': us(nsPerOp[wx]), 'raw µs': us(nsPerOp[raw]), baseline })))
const rounded = Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, +v.toFixed(3)]))
console.table(Object.fromEntries(Object.entries(rounded).map(([k, v]) => [k, { ratio: v }])))
console.log(JSON.stringify({ bench: 'file', ...rounded }))
