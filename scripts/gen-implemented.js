#!/usr/bin/env node
// Writes runtime/implemented.ts: the names runtime/apis.ts exports, i.e. the wx APIs the
// web runtime implements, which the transform (guards, canIUse folding) reads so it need not
// import the whole runtime; and runtime/base/can-i-use-data.ts, run-time canIUse's packed
// catalog of exactly those APIs. `--check` exits 1 when a file is stale.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { isDeepStrictEqual } from 'node:util'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const target = `${root}runtime/implemented.ts`
const dataTarget = `${root}runtime/base/can-i-use-data.ts`

/** Loads a runtime module in Node through an esbuild bundle (importing the runtime must not throw). */
async function load(entry) {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    logLevel: 'silent',
  })
  const url = `data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`
  return import(url)
}

export async function implementedNames() {
  // The runtime imports the data file this script writes: give a first run something to load.
  if (!existsSync(dataTarget)) writeFileSync(dataTarget, await renderCanIUseData([]))
  // Importing the runtime in Node must not throw: nothing happens at import time.
  return Object.keys(await load(`${root}runtime/apis.ts`)).sort()
}

const KIND_LETTERS = { sync: 's', async: 'a', task: 't', listener: 'l', factory: 'f', namespace: 'n' }

/** A separator inside a name or key would break the packing: refuse rather than mis-pack. */
function packKey(key) {
  if (/[|;,=()]/.test(key) || !key) throw new Error(`can-i-use-data: cannot pack key ${JSON.stringify(key)}`)
  return key
}

/** '2.10.0' -> '2.10', '1.0.0' -> '1': trailing zero segments are implied. */
const shortVersion = version => version.replace(/(\.0)+$/, '')

/**
 * A params/result/members map as nested entries, as runtime/base/can-i-use-pack.ts reads it
 * back: each key goes under the longest other key it extends by '.', written relative to it.
 */
function packMap(map) {
  if (!map) return ''
  const keys = Object.keys(map)
  const parentOf = key => keys.filter(other => key.startsWith(`${other}.`)).sort((a, b) => b.length - a.length)[0]
  const pack = parent => keys.filter(key => parentOf(key) === parent).map((key) => {
    const name = packKey(parent === undefined ? key : key.slice(parent.length + 1))
    const since = map[key] ? `=${shortVersion(map[key])}` : ''
    const children = pack(key)
    return children ? `${name}${since}(${children})` : `${name}${since}`
  }).join(',')
  return pack(undefined)
}

/** The packed strings must unpack to exactly the implemented part of the catalog. */
async function checkRoundTrip(catalog, classes, { CATALOG, CLASSES, CLASS_SOURCES }, implemented) {
  const { unpackCanIUse } = await load(`${root}runtime/base/can-i-use-pack.ts`)
  const data = unpackCanIUse(catalog, classes)
  const expected = { CATALOG: {}, CLASSES: {}, CLASS_SOURCES: {} }
  for (const api of Object.keys(CATALOG)) if (implemented.has(api)) expected.CATALOG[api] = CATALOG[api]
  for (const cls of Object.keys(CLASS_SOURCES)) {
    const usable = CLASS_SOURCES[cls].filter(api => implemented.has(api))
    if (!usable.length) continue
    expected.CLASSES[cls] = CLASSES[cls]
    expected.CLASS_SOURCES[cls] = usable
  }
  if (!isDeepStrictEqual(data, expected)) throw new Error('can-i-use-data: the packed data does not unpack to the catalog')
}

/**
 * runtime/base/can-i-use-data.ts: the catalog entries of implemented APIs and the classes
 * they hand out, packed into strings (format: runtime/base/can-i-use-pack.ts). Run-time
 * canIUse reads this subset; it answers exactly as the whole catalog would, because an
 * unimplemented API (or a class no implemented API returns) is false anyway. It also counts
 * every API it holds as implemented, so it needs no list of implemented names.
 */
export async function renderCanIUseData(names) {
  const { CATALOG, CLASSES, CLASS_SOURCES } = await load(`${root}runtime/catalog.ts`)
  const implemented = new Set(names)
  const apis = names.filter(n => n in CATALOG).map((n) => {
    const { kind, since, promise, params, result } = CATALOG[n]
    const fields = [packKey(n), `${KIND_LETTERS[kind]}${shortVersion(since)}${promise ? '!' : ''}`, packMap(params)]
    if (result) fields.push(packMap(result))
    return fields.join('|')
  })
  const classes = []
  for (const cls of Object.keys(CLASS_SOURCES).sort()) {
    const usable = CLASS_SOURCES[cls].filter(api => implemented.has(api))
    if (!usable.length) continue
    classes.push([packKey(cls), packMap(CLASSES[cls]), usable.join(',')].join('|'))
  }
  // A class without source APIs is answered by its own name being implemented: the packed
  // data has no place for that, so refuse rather than answer differently at run time.
  const sourceless = names.filter(n => n in CLASSES && !(n in CLASS_SOURCES))
  if (sourceless.length) throw new Error(`can-i-use-data: cannot pack implemented classes without a source API: ${sourceless}`)
  await checkRoundTrip(apis.join(';'), classes.join(';'), { CATALOG, CLASSES, CLASS_SOURCES }, implemented)
  // One source line per API or class; esbuild folds the concatenation into one string.
  const lines = items => items.length ? items.map((item, i) => `  ${JSON.stringify(item + (i < items.length - 1 ? ';' : ''))}`).join(' +\n') : `  ''`
  return `// Generated by scripts/gen-implemented.js from runtime/catalog.ts and runtime/apis.ts. Do not edit.
// Packed as runtime/base/can-i-use-pack.ts reads it: the catalog as far as implemented APIs
// reach and the classes they hand out, what run-time canIUse needs to answer.

export const CATALOG_PACKED =
${lines(apis)}

export const CLASSES_PACKED =
${lines(classes)}
`
}

export async function renderImplemented(names) {
  const lines = names.map(n => `  '${n}',`).join('\n')
  return `// Generated by scripts/gen-implemented.js from runtime/apis.ts. Do not edit.
/** The wx APIs the web runtime implements: everything else is guarded by the transform. */
export const IMPLEMENTED: ReadonlySet<string> = /* @__PURE__ */ new Set([
${lines}
])
`
}

/** Both generated files, path -> expected text. */
export async function renderAll() {
  const names = await implementedNames()
  return { [target]: await renderImplemented(names), [dataTarget]: await renderCanIUseData(names) }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = await renderAll()
  for (const [path, text] of Object.entries(files)) {
    const name = path.slice(root.length)
    if (process.argv.includes('--check')) {
      if (readFileSync(path, 'utf8') !== text) {
        console.error(`${name} is stale: run \`npm run implemented\`.`)
        process.exitCode = 1
      }
    }
    else {
      writeFileSync(path, text)
      console.log(`${name} written`)
    }
  }
}
