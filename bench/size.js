#!/usr/bin/env node
// npm run bench:size — the gzip cost of each budgeted import alone, and of the whole
// runtime, against the budgets in package.json ("sizeBudget"). Exit 1 when one is over.
import { readFileSync } from 'node:fs'
import { importCost } from './lib/size.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const budgets = pkg.sizeBudget

export async function measureBudgets() {
  const rows = []
  for (const [label, { imports, limit }] of Object.entries(budgets)) {
    const { gzip } = await importCost(imports === '*' ? '*' : imports)
    rows.push({ label, gzip, limit, ok: gzip <= limit })
  }
  return rows
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const rows = await measureBudgets()
  const kb = n => `${(n / 1024).toFixed(2)} KB`
  console.log('import'.padEnd(34), 'gzip'.padStart(10), 'budget'.padStart(10))
  for (const r of rows) console.log(r.label.padEnd(34), kb(r.gzip).padStart(10), kb(r.limit).padStart(10), r.ok ? '' : 'OVER')
  console.log(JSON.stringify({ bench: 'size', ...Object.fromEntries(rows.map(r => [r.label, r.gzip])) }))
  if (rows.some(r => !r.ok)) process.exit(1)
}
