// The size budgets of package.json ("sizeBudget") as a test: each budgeted import, bundled and
// minified from the runtime source and gzipped (bench/size.js), must stay within its limits —
// alone, and added to the app shell where a limit is set. When one is over, the output names the
// runtime modules that weigh most in that bundle.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { expect, it } from 'vitest'

interface BudgetRow { label: string, imports: string[] | '*', alone: number, aloneLimit: number, added?: number, addedLimit?: number, ok: boolean }
interface Measured { shell: number, rows: BudgetRow[] }

const root = fileURLToPath(new URL('..', import.meta.url))
const runtimeIndex = `${root}runtime/index.ts`
const budgets = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { sizeBudget: { imports: Record<string, unknown> } }).sizeBudget.imports

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

it('every budgeted import stays within its gzip budgets', async () => {
  const sizeBench = '../bench/size.js'
  const { measureBudgets, formatBudgets } = await import(/* @vite-ignore */ sizeBench) as { measureBudgets: () => Promise<Measured>, formatBudgets: (m: Measured) => string }
  const measured = await measureBudgets()
  const lines = [formatBudgets(measured)]
  for (const r of measured.rows.filter(r => !r.ok))
    lines.push(`${r.label}:`, ...(await heaviestModules(r.imports)).map(line => `    ${line} (minified)`))
  console.log(lines.join('\n'))
  expect(measured.rows.map(r => r.label)).toEqual(Object.keys(budgets))
  const over = measured.rows.flatMap(r => [
    ...(r.alone > r.aloneLimit ? [`${r.label}: ${r.alone} B > ${r.aloneLimit} B alone`] : []),
    ...(r.added !== undefined && r.added > r.addedLimit! ? [`${r.label}: adds ${r.added} B > ${r.addedLimit} B`] : []),
  ])
  expect(over).toEqual([])
})
