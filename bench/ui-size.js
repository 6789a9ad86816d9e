#!/usr/bin/env node
// npm run bench:ui-size — what showToast, showModal and showActionSheet each cost an app
// that imports only that one API: esbuild bundle of `import { X } from 'runtime/index'`,
// minified and gzipped (bench/lib/size.js). "added" is that minus the same bundle for
// `configure` alone, the floor every app pays; the interaction-UI budget is 2 KB added.
import { importCost } from './lib/size.js'

const BUDGET_ADDED = 2048
const floor = (await importCost(['configure'])).gzip
const rows = []
for (const name of ['showToast', 'showModal', 'showActionSheet']) {
  const { raw, gzip } = await importCost([name])
  rows.push({ name, raw, gzip, added: gzip - floor })
}
const all = await importCost(['showToast', 'showLoading', 'hideToast', 'hideLoading', 'showModal', 'showActionSheet'])

console.log('import'.padEnd(18), 'minified'.padStart(9), 'gzip'.padStart(7), 'added'.padStart(7), 'budget'.padStart(7))
for (const r of rows) console.log(r.name.padEnd(18), String(r.raw).padStart(9), String(r.gzip).padStart(7), String(r.added).padStart(7), String(BUDGET_ADDED).padStart(7), r.added > BUDGET_ADDED ? 'OVER' : '')
console.log('all six UI APIs'.padEnd(18), String(all.raw).padStart(9), String(all.gzip).padStart(7), String(all.gzip - floor).padStart(7))
console.log(`floor (configure only): ${floor} B gzip`)
console.log(JSON.stringify({ bench: 'ui-size', floor, ...Object.fromEntries(rows.map(r => [r.name, r.gzip])), ...Object.fromEntries(rows.map(r => [`${r.name}Added`, r.added])), allUi: all.gzip, budgetRatio: Math.max(...rows.map(r => r.added)) / BUDGET_ADDED }))
