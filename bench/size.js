#!/usr/bin/env node
// npm run bench:size — the gzip cost of each budgeted import and of the whole runtime, against
// the budgets in package.json ("sizeBudget"). Exit 1 when one is over.
//
// Two measures, both from the same run:
// - alone: a bundle that imports only those names (what a page using nothing else would ship);
// - added: how much that import adds to the app shell every app built by the plugin ships
//   (its setup module's configure + startRouter + navigation bar, and App/Page), i.e. what an
//   app pays for calling that API. The issue targets (toast, modal, sheet, request) are set
//   on this one; "alone" limits guard against regressions.
import { readFileSync } from 'node:fs'
import { importCost } from './lib/size.js'

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'))
const { appShell, imports: budgets } = pkg.sizeBudget

export async function measureBudgets() {
  const shell = (await importCost(appShell)).gzip
  const rows = []
  for (const [label, { imports, alone: aloneLimit, added: addedLimit }] of Object.entries(budgets)) {
    const alone = (await importCost(imports)).gzip
    const added = addedLimit === undefined ? undefined : (await importCost([...appShell, ...imports])).gzip - shell
    const ok = alone <= aloneLimit && (added === undefined || added <= addedLimit)
    rows.push({ label, imports, alone, aloneLimit, added, addedLimit, ok })
  }
  return { shell, rows }
}

/** The table both this script and the size test print. */
export function formatBudgets({ shell, rows }) {
  const kb = n => (n === undefined ? '' : `${(n / 1024).toFixed(2)} KB`)
  const line = (...cells) => cells[0].padEnd(26) + cells.slice(1).map(c => c.padStart(11)).join('')
  return [
    line('import', 'alone', 'budget', 'added', 'budget'),
    ...rows.map(r => line(r.label, kb(r.alone), kb(r.aloneLimit), kb(r.added), kb(r.addedLimit)) + (r.ok ? '' : '  OVER')),
    `added = gzip over the app shell (${appShell.join(', ')}): ${kb(shell)}`,
  ].join('\n')
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const result = await measureBudgets()
  console.log(formatBudgets(result))
  console.log(JSON.stringify({
    bench: 'size',
    appShell: result.shell,
    ...Object.fromEntries(result.rows.flatMap(r => [[r.label, r.alone], ...(r.added === undefined ? [] : [[`${r.label} added`, r.added]])])),
  }))
  if (result.rows.some(r => !r.ok)) process.exit(1)
}
