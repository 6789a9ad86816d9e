#!/usr/bin/env node
// API coverage on real mini-program code: runs the transform over the component libraries
// installed from npm and counts the `wx` call sites that resolve to an implemented API.
// Usage: npm run coverage [-- --json]
//   resolved   = report entries with status 'imported' (named import) or 'folded' (canIUse, typeof wx)
//   unresolved = 'guarded' (the runtime lacks the API) or 'whole-object' (wx used as a value)
// It bundles src/ with esbuild first, so the figure follows the working tree, including
// runtime/implemented.ts (regenerate it with `npm run implemented` after adding APIs).
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { listScripts, loadTransform, ROOT } from './lib/load-source.js'

const LIBRARIES = [
  'node_modules/tdesign-miniprogram/miniprogram_dist',
  'node_modules/@vant/weapp/dist',
]
const TARGET_SHARE = 0.98
const RESOLVED = new Set(['imported', 'folded'])

function countBy(entries, key) {
  const counts = new Map()
  for (const entry of entries) counts.set(key(entry), (counts.get(key(entry)) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
}

const { transformWxDetailed, resolveOptions } = await loadTransform()
// node_modules is excluded by default; here it is exactly what we want to read.
const options = resolveOptions({ exclude: [], unsupported: 'silent', sourcemap: false })

const perLibrary = []
const all = []
for (const library of LIBRARIES) {
  const entries = []
  for (const file of listScripts(join(ROOT, library))) {
    const outcome = transformWxDetailed(readFileSync(file, 'utf8'), file, options)
    for (const entry of outcome.result?.report ?? []) entries.push({ ...entry, file: relative(ROOT, file) })
  }
  perLibrary.push({ library, sites: entries.length, resolved: entries.filter(e => RESOLVED.has(e.status)).length })
  all.push(...entries)
}

const resolved = all.filter(e => RESOLVED.has(e.status)).length
const share = all.length ? resolved / all.length : 1
const missing = all.filter(e => !RESOLVED.has(e.status))
const missingByApi = countBy(missing, e => (e.status === 'whole-object' ? `wx (whole object: ${e.reason ?? 'value use'})` : e.name))

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ sites: all.length, resolved, share, libraries: perLibrary, missing: Object.fromEntries(missingByApi) }))
}
else {
  for (const l of perLibrary)
    console.log(`${l.library}: ${l.resolved}/${l.sites} wx sites resolved (${(100 * l.resolved / Math.max(l.sites, 1)).toFixed(1)}%)`)
  console.log(`\nCoverage: ${resolved}/${all.length} wx sites resolve to an implemented API = ${(100 * share).toFixed(1)}% (target ${100 * TARGET_SHARE}%)`)
  // Whole-object sites import the full `wx` object: they run, but the build cannot say which API they reach.
  const wholeObject = all.filter(e => e.status === 'whole-object').length
  if (wholeObject)
    console.log(`${wholeObject} more site(s) use wx as a value (whole object, every implemented API reachable): ${(100 * (resolved + wholeObject) / all.length).toFixed(1)}% with them`)
  if (missingByApi.length) {
    console.log('\nUnimplemented, by call sites:')
    for (const [name, count] of missingByApi) console.log(`  ${String(count).padStart(4)}  ${name}`)
  }
  console.log(JSON.stringify({ bench: 'coverage', sites: all.length, resolved, share: Number(share.toFixed(4)) }))
}
