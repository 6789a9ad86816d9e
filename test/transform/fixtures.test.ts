import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { parse } from '@babel/parser'
import { describe, expect, it, vi } from 'vitest'
import { parserPluginsFor } from '../../src/parse'
import { runDetailed } from './helpers'

vi.mock('../../runtime/implemented', () => import('./implemented.fixture'))

const FIXTURES = join(import.meta.dirname, '../fixtures/transform')
const OUTPUT = join(FIXTURES, '__output__')

function reportText(report: ReadonlyArray<{ line: number; column: number; status: string; name: string; reason?: string }>): string {
  return report.map(r => `${r.line}:${r.column} ${r.status} ${r.name}${r.reason ? ` (${r.reason})` : ''}`).join('\n')
}

describe('fixtures', () => {
  const names = readdirSync(FIXTURES).filter(name => /\.[cm]?[jt]sx?$/.test(name)).sort()
  it.each(names)('%s', async (name) => {
    const code = readFileSync(join(FIXTURES, name), 'utf8')
    const { result } = runDetailed(code, name)
    await expect(result?.code ?? '// left as is\n').toMatchFileSnapshot(join(OUTPUT, name))
    await expect(`${reportText(result?.report ?? [])}\n`).toMatchFileSnapshot(join(OUTPUT, `${name}.report`))
    if (result) {
      // Idempotent: a second pass over the output changes nothing.
      expect(runDetailed(result.code, name).result).toBeUndefined()
    }
  })
})

describe('real mini-program libraries', () => {
  const root = join(import.meta.dirname, '../..')
  const files = ['node_modules/@vant/weapp/dist', 'node_modules/tdesign-miniprogram/miniprogram_dist', 'node_modules/weui-miniprogram/miniprogram_dist']
    .flatMap(dir => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter(file => file.endsWith('.js')).map(file => join(root, dir, file)))
  it('transforms every file into parseable code, once', () => {
    let rewritten = 0
    for (const path of files) {
      const id = relative(root, path)
      const { result, warnings } = runDetailed(readFileSync(path, 'utf8'), id, { exclude: [] })
      expect(warnings.filter(w => w.code === 'WX_H5_PARSE_ERROR'), id).toEqual([])
      if (!result)
        continue
      rewritten++
      expect(() => parse(result.code, { sourceType: 'unambiguous', plugins: parserPluginsFor(id) }), id).not.toThrow()
      expect(runDetailed(result.code, id, { exclude: [] }).result, id).toBeUndefined()
    }
    expect(rewritten).toBeGreaterThan(40)
  })
})
