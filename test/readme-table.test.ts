// The supported-API table of both READMEs is generated (scripts/gen-api-table.js): this fails when
// the catalog, the runtime's exports and the READMEs no longer agree.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { type ApiTableSources, END, FULL_TABLE, READMES, readSources, renderFullTable, renderTable, replaceBetweenMarkers, START } from '../scripts/gen-api-table.js'

const root = fileURLToPath(new URL('..', import.meta.url))
let sources: ApiTableSources

beforeAll(async () => {
  sources = await readSources()
})

describe('the supported-API table', () => {
  it('is built from an implemented list that matches what the runtime exports', async () => {
    const generator = '../scripts/gen-implemented.js'
    const { implementedNames } = await import(/* @vite-ignore */ generator) as { implementedNames: () => Promise<string[]> }
    expect(sources.implemented).toEqual(await implementedNames())
  })

  it('groups every implemented catalog API under the area that exports it', () => {
    const en = renderTable(sources, 'en')
    for (const name of sources.implemented.filter(n => sources.catalog[n]))
      expect(en).toContain(`\`${name}\` ${sources.catalog[name]!.since}`)
    expect(en).toContain(`${sources.implemented.filter(n => sources.catalog[n]).length} of the catalog's ${Object.keys(sources.catalog).length} wx APIs`)
  })

  it.each(Object.entries(READMES))('%s holds the current table between the markers', (file, lang) => {
    const text = readFileSync(`${root}${file}`, 'utf8')
    expect(text).toContain(START)
    expect(text).toContain(END)
    // On failure: node scripts/gen-api-table.js
    expect(text).toBe(replaceBetweenMarkers(text, renderTable(sources, lang)))
  })

  it(`${FULL_TABLE} lists every catalog API with its status`, () => {
    const text = readFileSync(`${root}${FULL_TABLE}`, 'utf8')
    // On failure: node scripts/gen-api-table.js
    expect(text).toBe(renderFullTable(sources))
    expect(text.split('\n').filter(line => line.startsWith('| `'))).toHaveLength(Object.keys(sources.catalog).length)
  })
})
