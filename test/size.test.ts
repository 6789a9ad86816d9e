// The size budgets of package.json ("sizeBudget") as a test: each budgeted import, bundled and
// minified from the runtime source and gzipped (bench/size.js), must stay within its limit. When
// one is over, the output names the runtime modules that weigh most in that bundle.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { expect, it } from 'vitest'

interface BudgetRow { label: string, gzip: number, limit: number, ok: boolean }

const root = fileURLToPath(new URL('..', import.meta.url))
const runtimeIndex = `${root}runtime/index.ts`
const budgets = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { sizeBudget: Record<string, { imports: string[] | '*' }> }).sizeBudget

/** Minified bytes each runtime module contributes to the bundle of `names`, largest first. */
async function heaviestModules(names: string[] | '*', count = 6): Promise<string[]> {
  const contents = names === '*'
    ? `import * as all from ${JSON.stringify(runtimeIndex)}; globalThis.__keep = all`
    : `import { ${names.join(', ')} } from ${JSON.stringify(runtimeIndex)}; globalThis.__keep = [${names.join(', ')}]`
  const out = await build({
    stdin: { contents, resolveDir: root, loader: 'js' },
    bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2020', minify: true, treeShaking: true, metafile: true, logLevel: 'silent',
  })
  const inputs = Object.values(out.metafile.outputs)[0]!.inputs
  return Object.entries(inputs)
    .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput)
    .slice(0, count)
    .map(([file, { bytesInOutput }]) => `${file.replace(root, '')} ${bytesInOutput} B`)
}

it('every budgeted import stays within its gzip budget', async () => {
  const sizeBench = '../bench/size.js'
  const { measureBudgets } = await import(/* @vite-ignore */ sizeBench) as { measureBudgets: () => Promise<BudgetRow[]> }
  const rows = await measureBudgets()
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(2)} KB`
  const lines = ['import'.padEnd(26) + 'gzip'.padStart(10) + 'budget'.padStart(10)]
  for (const r of rows) {
    lines.push(r.label.padEnd(26) + kb(r.gzip).padStart(10) + kb(r.limit).padStart(10) + (r.ok ? '' : '  OVER'))
    if (!r.ok) lines.push(...(await heaviestModules(budgets[r.label]!.imports)).map(line => `    ${line} (minified)`))
  }
  console.log(lines.join('\n'))
  expect(rows.map(r => r.label)).toEqual(Object.keys(budgets))
  expect(rows.filter(r => r.gzip > r.limit).map(r => `${r.label}: ${r.gzip} B > ${r.limit} B`)).toEqual([])
})
