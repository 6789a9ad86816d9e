import type { ApiInfo, ApiKind } from '../catalog'
import type { CanIUseData } from './can-i-use-core'

// The run-time canIUse data travels packed in strings (runtime/base/can-i-use-data.ts, written
// by scripts/gen-implemented.js) and is unpacked on the first call into the same CanIUseData
// the build-time resolver reads. Far fewer bytes than the object literal, and no parse cost
// for an app that never calls canIUse.
//
//   catalog: api ';' api ...      api:   name '|' kind since ['!'] '|' params ['|' result]
//   classes: cls ';' cls ...      cls:   name '|' members '|' source,source...
//   map:     entry ',' entry ...  entry: key ['=' since]; a key '.x' is the last full key + '.x'
// kind is one letter (s a t l f n); '!' marks promise; an empty field is an absent map.

const KINDS: Readonly<Record<string, ApiKind>> = { s: 'sync', a: 'async', t: 'task', l: 'listener', f: 'factory', n: 'namespace' }

function unpackMap(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined
  const map: Record<string, string> = {}
  let base = ''
  for (const entry of text.split(',')) {
    const eq = entry.indexOf('=')
    const key = eq < 0 ? entry : entry.slice(0, eq)
    map[key[0] === '.' ? base + key : (base = key)] = eq < 0 ? '' : entry.slice(eq + 1)
  }
  return map
}

export function unpackCanIUse(catalog: string, classes: string): CanIUseData {
  const CATALOG: Record<string, ApiInfo> = {}
  const CLASSES: Record<string, Record<string, string>> = {}
  const CLASS_SOURCES: Record<string, string[]> = {}
  for (const api of catalog ? catalog.split(';') : []) {
    const [name, head, params, result] = api.split('|') as [string, string, string, string?]
    const promise = head.endsWith('!')
    const info: { -readonly [K in keyof ApiInfo]: ApiInfo[K] } = { kind: KINDS[head[0]!]!, since: head.slice(1, promise ? -1 : undefined) }
    if (promise) info.promise = true
    const p = unpackMap(params)
    if (p) info.params = p
    const r = unpackMap(result)
    if (r) info.result = r
    CATALOG[name] = info
  }
  for (const cls of classes ? classes.split(';') : []) {
    const [name, members, sources] = cls.split('|') as [string, string, string]
    CLASSES[name] = unpackMap(members) ?? {}
    CLASS_SOURCES[name] = sources.split(',')
  }
  return { CATALOG, CLASSES, CLASS_SOURCES }
}
