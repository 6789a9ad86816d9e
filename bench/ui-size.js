#!/usr/bin/env node
// npm run bench:ui-size — what showToast, showModal and showActionSheet each cost an app
// that imports only that one API: an esbuild bundle of `import { X } from 'runtime/index'`,
// minified and gzipped (bench/lib/size.js). Two baselines, measured in the same run:
// "added" is what the API adds to the app shell every app built by the plugin ships
// (package.json sizeBudget.appShell; the budget is 2 KB added), "own" subtracts the async-API
// core every such API brings (defineAsync, checkParams, fail) plus the UI host, leaving the
// code of the component itself.
import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { importCost } from './lib/size.js'

const BUDGET_ADDED = 2048
const internal = name => JSON.stringify(fileURLToPath(new URL(`../runtime/internal/${name}`, import.meta.url)))

async function coreCost() {
  const contents = `import { defineAsync } from ${internal('define.ts')}
import { checkParams } from ${internal('params.ts')}
import { fail } from ${internal('fail.ts')}
import { h, useStyle } from ${internal('ui-host.ts')}
globalThis.__keep = defineAsync('x', (o) => { checkParams(o, { a: 'String' }); useStyle('a', 'b').appendChild(h('div', 'c', 'd')); throw fail('y') })`
  const out = await build({ stdin: { contents, resolveDir: process.cwd(), loader: 'js' }, bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2020', minify: true, treeShaking: true, logLevel: 'silent' })
  return gzipSync(out.outputFiles[0].contents, { level: 9 }).length
}

const { appShell } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).sizeBudget
const floor = (await importCost(appShell)).gzip
const addedTo = async names => (await importCost([...appShell, ...names])).gzip - floor
const core = await coreCost()
const rows = []
for (const name of ['showToast', 'showModal', 'showActionSheet']) {
  const { raw, gzip } = await importCost([name])
  rows.push({ name, raw, gzip, added: await addedTo([name]), own: gzip - core })
}
const all = await importCost(['showToast', 'showLoading', 'hideToast', 'hideLoading', 'showModal', 'showActionSheet'])

const pad = (v, n) => String(v).padStart(n)
console.log('import'.padEnd(18), pad('minified', 9), pad('gzip', 7), pad('added', 7), pad('own', 7), pad('budget', 7))
for (const r of rows) console.log(r.name.padEnd(18), pad(r.raw, 9), pad(r.gzip, 7), pad(r.added, 7), pad(r.own, 7), pad(BUDGET_ADDED, 7), r.added > BUDGET_ADDED ? 'OVER' : '')
console.log('all six UI APIs'.padEnd(18), pad(all.raw, 9), pad(all.gzip, 7), pad(await addedTo(['showToast', 'showLoading', 'hideToast', 'hideLoading', 'showModal', 'showActionSheet']), 7), pad(all.gzip - core, 7))
console.log(`baselines: app shell (${appShell.join(', ')}) ${floor} B, async core + UI host ${core} B (gzip)`)
console.log(JSON.stringify({
  bench: 'ui-size',
  floor,
  core,
  ...Object.fromEntries(rows.flatMap(r => [[r.name, r.gzip], [`${r.name}Added`, r.added], [`${r.name}Own`, r.own]])),
  allUi: all.gzip,
  addedOverBudget: Math.max(...rows.map(r => r.added)) / BUDGET_ADDED,
}))
