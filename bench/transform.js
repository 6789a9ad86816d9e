// Transform throughput on real mini-program libraries, as ratios to a bare @babel/parser parse
// measured in the same run (DESIGN.md: "Performance is measured by benchmarks ... as ratios").
// Usage: npm run bench:transform  (last line of output: JSON for bench/all.js to aggregate).
// `pass` compares with the targets; the exit code stays 0 because timing on a shared machine is
// noisy (run it twice before believing a miss).
import { readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from '@babel/parser'
import { listScripts, loadTransform, ROOT } from '../scripts/lib/load-source.js'

const LIBRARIES = [
  'node_modules/tdesign-miniprogram/miniprogram_dist',
  'node_modules/@vant/weapp/dist',
  'node_modules/weui-miniprogram/miniprogram_dist',
]
const WARMUP = 3
const ROUNDS = 24
const TARGETS = { withMaps: 1.5, withoutMaps: 1.2, noWx: 0.05 }

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

// CPU time of this process, not wall time: other jobs on a shared machine inflate wall time
// unevenly across phases, which would distort the ratios.
function timeMs(fn) {
  const start = process.cpuUsage()
  fn()
  const { user, system } = process.cpuUsage(start)
  return (user + system) / 1e3
}

/**
 * Runs the phases round by round (interleaved, so drift in machine load hits all of them alike)
 * and returns, per phase, its median milliseconds and its median ratio to `baseOf(phase)` taken
 * within each round: paired ratios stay meaningful on a shared machine where absolute times move.
 * The order rotates every round, so no phase always pays for the garbage of the same predecessor.
 */
function measure(phases, baseOf) {
  const entries = Object.entries(phases)
  const rounds = []
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const times = {}
    for (let i = 0; i < entries.length; i++) {
      const [name, fn] = entries[(i + round) % entries.length]
      times[name] = timeMs(fn)
    }
    if (round >= WARMUP)
      rounds.push(times)
  }
  return Object.fromEntries(Object.keys(phases).map(name => [name, {
    ms: median(rounds.map(times => times[name])),
    ratio: median(rounds.map(times => times[name] / times[baseOf(name)])),
  }]))
}

const { transformWx, resolveOptions } = await loadTransform()
const files = LIBRARIES.flatMap(dir => listScripts(join(ROOT, dir)))
  .map(path => ({ id: relative(ROOT, path), code: readFileSync(path, 'utf8') }))
const noWx = files.filter(file => !/\b(?:wx|getApp|getCurrentPages|App|Page)\b/.test(file.code))
const withMaps = resolveOptions({ exclude: [], sourcemap: true })
const withoutMaps = resolveOptions({ exclude: [], sourcemap: false })
const parseAll = list => () => {
  for (const { code } of list)
    parse(code, { sourceType: 'unambiguous', plugins: ['jsx'], allowReturnOutsideFunction: true })
}
const transformAll = (list, options) => () => {
  for (const { code, id } of list)
    transformWx(code, id, options)
}

const withWx = files.filter(file => !noWx.includes(file))
const BASE = { parse: 'parse', withMaps: 'parse', withoutMaps: 'parse', parseWx: 'parseWx', withMapsWx: 'parseWx', withoutMapsWx: 'parseWx', parseNoWx: 'parseNoWx', noWx: 'parseNoWx' }
const m = measure({
  parse: parseAll(files),
  withMaps: transformAll(files, withMaps),
  withoutMaps: transformAll(files, withoutMaps),
  parseWx: parseAll(withWx),
  withMapsWx: transformAll(withWx, withMaps),
  withoutMapsWx: transformAll(withWx, withoutMaps),
  parseNoWx: parseAll(noWx),
  noWx: transformAll(noWx, withMaps),
}, name => BASE[name])

const size = list => list.reduce((sum, file) => sum + Buffer.byteLength(file.code), 0)
const bytes = size(files)
const changed = files.filter(file => transformWx(file.code, file.id, withoutMaps)).length
const mbps = (list, phase) => Math.round((size(list) / 1e6) / (m[phase].ms / 1e3) * 10) / 10
const ratio = phase => Math.round(m[phase].ratio * 1000) / 1000
const rows = [
  ['all files: parse only', files, 'parse'],
  ['all files: transform + maps', files, 'withMaps'],
  ['all files: transform, no maps', files, 'withoutMaps'],
  ['files with wx: parse only', withWx, 'parseWx'],
  ['files with wx: transform + maps', withWx, 'withMapsWx'],
  ['files with wx: transform, no maps', withWx, 'withoutMapsWx'],
  ['files without wx: parse only', noWx, 'parseNoWx'],
  ['files without wx: transform', noWx, 'noWx'],
]
console.log(`wx-h5 transform benchmark: ${files.length} files (${withWx.length} mention a handled global, ${changed} rewritten), ${(bytes / 1e6).toFixed(2)} MB`)
console.log(`CPU time, median of ${ROUNDS} rounds after ${WARMUP} warm-up; "x parse" is the median of per-round ratios`)
console.log(`${'phase'.padEnd(36)}${'files'.padStart(6)}${'ms'.padStart(9)}${'MB/s'.padStart(9)}${'x parse'.padStart(9)}`)
for (const [name, list, phase] of rows)
  console.log(`${name.padEnd(36)}${String(list.length).padStart(6)}${m[phase].ms.toFixed(1).padStart(9)}${mbps(list, phase).toFixed(1).padStart(9)}${ratio(phase).toFixed(3).padStart(9)}`)
const figures = {
  bench: 'transform',
  files: files.length,
  wxFiles: withWx.length,
  rewritten: changed,
  bytes,
  parseMBps: mbps(files, 'parse'),
  withMapsMBps: mbps(files, 'withMaps'),
  withoutMapsMBps: mbps(files, 'withoutMaps'),
  ratioWithMaps: ratio('withMaps'),
  ratioWithoutMaps: ratio('withoutMaps'),
  // The targets apply to the files that are actually parsed (the others never reach the parser).
  wxRatioWithMaps: ratio('withMapsWx'),
  wxRatioWithoutMaps: ratio('withoutMapsWx'),
  ratioNoWx: ratio('noWx'),
  targets: TARGETS,
}
figures.pass = figures.wxRatioWithMaps <= TARGETS.withMaps && figures.wxRatioWithoutMaps <= TARGETS.withoutMaps && figures.ratioNoWx <= TARGETS.noWx
console.log(JSON.stringify(figures))
