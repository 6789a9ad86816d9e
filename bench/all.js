#!/usr/bin/env node
// npm run bench — every bench:* script of package.json, one after the other, then one table of
// what each reported. A benchmark prints a JSON object {"bench": name, ...} as its last line of
// stdout (ratios against a baseline measured in the same run, sizes, flags); this script collects
// those lines. `npm run bench -- --verbose` also shows each benchmark's own output.
// Exit 1 when a benchmark fails or prints no JSON line (a size budget that is over exits 1 too).
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const verbose = process.argv.includes('--verbose')
const FIRST = ['bench:transform', 'bench:storage', 'bench:network', 'bench:size']

const scripts = JSON.parse(readFileSync(`${root}package.json`, 'utf8')).scripts ?? {}
const names = Object.keys(scripts).filter(name => name.startsWith('bench:'))
  .sort((a, b) => (FIRST.includes(a) ? FIRST.indexOf(a) : FIRST.length) - (FIRST.includes(b) ? FIRST.indexOf(b) : FIRST.length) || a.localeCompare(b))

/** Runs `npm run <name>`; resolves to its exit code and stdout. */
function run(name) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', name], { cwd: root, stdio: ['ignore', 'pipe', verbose ? 'inherit' : 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => {
      stdout += chunk
      if (verbose) process.stdout.write(chunk)
    })
    child.stderr?.on('data', chunk => (stderr += chunk))
    child.on('close', code => resolve({ code: code ?? 1, stdout, stderr }))
  })
}

/** The last stdout line that is a JSON object with a `bench` field. */
function lastJson(stdout) {
  const lines = stdout.split('\n').map(line => line.trim()).filter(Boolean)
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!lines[i].startsWith('{')) continue
    try {
      const value = JSON.parse(lines[i])
      if (value && typeof value === 'object' && typeof value.bench === 'string') return value
    }
    catch {}
    return undefined
  }
  return undefined
}

const rows = []
const problems = []
for (const name of names) {
  process.stderr.write(`[bench] ${name} …\n`)
  const started = Date.now()
  const { code, stdout, stderr } = await run(name)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  const result = lastJson(stdout)
  if (!result) {
    problems.push(`${name}: exit ${code}, no JSON line${stderr ? `\n${stderr.trim().split('\n').slice(-5).join('\n')}` : ''}`)
    rows.push({ script: name, metric: '(no result)', value: '', status: `exit ${code}`, seconds })
    continue
  }
  if (code !== 0) problems.push(`${name}: exit ${code}`)
  const { bench, ...metrics } = result
  const entries = Object.entries(metrics)
  if (entries.length === 0) rows.push({ script: name, metric: bench, value: '', status: code === 0 ? 'ok' : `exit ${code}`, seconds })
  entries.forEach(([metric, value], index) => rows.push({
    script: index === 0 ? name : '',
    metric: `${bench}.${metric}`,
    value: typeof value === 'number' ? String(+value.toFixed(3)) : typeof value === 'string' ? value : JSON.stringify(value),
    raw: typeof value === 'number' ? +value.toFixed(3) : value,
    status: index === 0 ? (code === 0 ? 'ok' : `exit ${code}`) : '',
    seconds: index === 0 ? seconds : '',
  }))
}

const columns = ['script', 'metric', 'value', 'status', 'seconds']
const widths = columns.map(column => Math.max(column.length, ...rows.map(row => String(row[column]).length)))
const line = cells => cells.map((cell, i) => (i === 2 || i === 4 ? String(cell).padStart(widths[i]) : String(cell).padEnd(widths[i]))).join('  ')
console.log(line(columns))
console.log(line(widths.map(width => '-'.repeat(width))))
for (const row of rows) console.log(line(columns.map(column => row[column])))
console.log(JSON.stringify({ bench: 'all', ...Object.fromEntries(rows.filter(row => 'raw' in row).map(row => [row.metric, row.raw])) }))
if (problems.length) {
  console.error(`\n[bench] ${problems.length} problem(s):\n${problems.join('\n')}`)
  process.exitCode = 1
}
