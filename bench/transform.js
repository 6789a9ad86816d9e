// Transform throughput on real mini-program libraries, as ratios to a bare @babel/parser parse
// measured in the same run (DESIGN.md: "Performance is measured by benchmarks ... as ratios").
// Usage: npm run bench:transform  (last line of output: JSON for bench/all.js to aggregate)
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { parse } from '@babel/parser'
import { build } from 'esbuild'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const LIBRARIES = [
  'node_modules/tdesign-miniprogram/miniprogram_dist',
  'node_modules/@vant/weapp/dist',
  'node_modules/weui-miniprogram/miniprogram_dist',
]
const WARMUP = 3
const ROUNDS = 15
const TARGETS = { withMaps: 1.5, withoutMaps: 1.2, noWx: 0.05 }

function listScripts(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.js'))
    .map(entry => join(entry.parentPath, entry.name))
}

/** Bundles src/ (TypeScript) to a temporary ES module so the bench runs the real sources. It is
 *  written under node_modules/.cache so that its bare imports resolve to the repo's packages. */
async function loadTransform() {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/wx-h5-bench-'))
  const outfile = join(dir, 'transform.mjs')
  await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['@babel/parser', 'magic-string'],
    logLevel: 'error',
  })
  try {
    return await import(pathToFileURL(outfile).href)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

function timeMs(fn) {
  const start = process.hrtime.bigint()
  fn()
  return Number(process.hrtime.bigint() - start) / 1e6
}

/** Median milliseconds of `fn` over ROUNDS after WARMUP; the phases interleave round by round. */
function measure(phases) {
  const samples = Object.fromEntries(Object.keys(phases).map(name => [name, []]))
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    for (const [name, fn] of Object.entries(phases)) {
      const ms = timeMs(fn)
      if (round >= WARMUP)
        samples[name].push(ms)
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]))
}

const { transformWx, resolveOptions } = await loadTransform()
const files = LIBRARIES.flatMap(dir => listScripts(join(ROOT, dir)))
  .map(path => ({ id: relative(ROOT, path), code: readFileSync(path, 'utf8') }))
const noWx = files.filter(file => !/\b(?:wx|getApp|getCurrentPages|App|Page)\b/.test(file.code))
const withMaps = resolveOptions({ exclude: [], unsupported: 'silent', sourcemap: true })
const withoutMaps = resolveOptions({ exclude: [], unsupported: 'silent', sourcemap: false })
const parseAll = list => () => {
  for (const { code } of list)
    parse(code, { sourceType: 'unambiguous', plugins: ['jsx'], allowReturnOutsideFunction: true })
}
const transformAll = (list, options) => () => {
  for (const { code, id } of list)
    transformWx(code, id, options)
}

const withWx = files.filter(file => !noWx.includes(file))
const ms = measure({
  parse: parseAll(files),
  withMaps: transformAll(files, withMaps),
  withoutMaps: transformAll(files, withoutMaps),
  parseWx: parseAll(withWx),
  withMapsWx: transformAll(withWx, withMaps),
  withoutMapsWx: transformAll(withWx, withoutMaps),
  parseNoWx: parseAll(noWx),
  noWx: transformAll(noWx, withMaps),
})

const size = list => list.reduce((sum, file) => sum + Buffer.byteLength(file.code), 0)
const bytes = size(files)
const changed = files.filter(file => transformWx(file.code, file.id, withoutMaps)).length
const mbps = (length, time) => (length / 1e6) / (time / 1e3)
const round1 = value => Math.round(value * 10) / 10
const ratio = (a, b) => Math.round((a / b) * 1000) / 1000
const rows = [
  ['all files: parse only', files, ms.parse, ms.parse],
  ['all files: transform + maps', files, ms.withMaps, ms.parse],
  ['all files: transform, no maps', files, ms.withoutMaps, ms.parse],
  ['files with wx: parse only', withWx, ms.parseWx, ms.parseWx],
  ['files with wx: transform + maps', withWx, ms.withMapsWx, ms.parseWx],
  ['files with wx: transform, no maps', withWx, ms.withoutMapsWx, ms.parseWx],
  ['files without wx: parse only', noWx, ms.parseNoWx, ms.parseNoWx],
  ['files without wx: transform', noWx, ms.noWx, ms.parseNoWx],
]
console.log(`wx-h5 transform benchmark: ${files.length} files (${withWx.length} mention a handled global, ${changed} rewritten), ${(bytes / 1e6).toFixed(2)} MB; median of ${ROUNDS} rounds after ${WARMUP} warm-up`)
console.log(`${'phase'.padEnd(36)}${'files'.padStart(6)}${'ms'.padStart(9)}${'MB/s'.padStart(9)}${'x parse'.padStart(9)}`)
for (const [name, list, time, base] of rows)
  console.log(`${name.padEnd(36)}${String(list.length).padStart(6)}${time.toFixed(1).padStart(9)}${mbps(size(list), time).toFixed(1).padStart(9)}${ratio(time, base).toFixed(3).padStart(9)}`)
const figures = {
  bench: 'transform',
  files: files.length,
  wxFiles: withWx.length,
  rewritten: changed,
  bytes,
  parseMBps: round1(mbps(bytes, ms.parse)),
  withMapsMBps: round1(mbps(bytes, ms.withMaps)),
  withoutMapsMBps: round1(mbps(bytes, ms.withoutMaps)),
  ratioWithMaps: ratio(ms.withMaps, ms.parse),
  ratioWithoutMaps: ratio(ms.withoutMaps, ms.parse),
  // The targets apply to the files that are actually parsed (the others never reach the parser).
  wxRatioWithMaps: ratio(ms.withMapsWx, ms.parseWx),
  wxRatioWithoutMaps: ratio(ms.withoutMapsWx, ms.parseWx),
  ratioNoWx: ratio(ms.noWx, ms.parseNoWx),
  targets: TARGETS,
}
figures.pass = figures.wxRatioWithMaps <= TARGETS.withMaps && figures.wxRatioWithoutMaps <= TARGETS.withoutMaps && figures.ratioNoWx <= TARGETS.noWx
console.log(JSON.stringify(figures))
