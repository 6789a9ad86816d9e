import type { ApiInfo, ApiKind } from '../catalog'
import type { CanIUseData } from './can-i-use-core'

// The run-time canIUse data travels packed in strings (runtime/base/can-i-use-data.ts, written
// by scripts/gen-implemented.js) and is unpacked on the first call into the same CanIUseData
// the build-time resolver reads. Far fewer bytes than the object literal, and no parse cost
// for an app that never calls canIUse.
//
//   catalog: api ';' api ...      api:   name '|' kind version ['!'] '|' params ['|' result]
//   classes: cls ';' cls ...      cls:   name '|' members '|' source,source...
//   map:     entry ',' entry ...  entry: key ['=' version] ['(' map ')']
// A nested map holds the keys that extend the entry's key by '.' (so 'a(b,c)' is a, a.b, a.c).
// kind is one letter (s a t l f n); '!' marks promise; an empty field is an absent map.
// A version drops trailing '.0' segments ('2.10' is 2.10.0, '1' is 1.0.0).

const KINDS: Readonly<Record<string, ApiKind>> = { s: 'sync', a: 'async', t: 'task', l: 'listener', f: 'factory', n: 'namespace' }

/** '2.10' -> '2.10.0', '1' -> '1.0.0', '' stays '' (no stated since). */
function fullVersion(short: string): string {
  return short && `${short}.0.0`.split('.', 3).join('.')
}

function unpackMap(text: string | undefined): Record<string, string> | undefined {
  if (!text) return undefined
  const map: Record<string, string> = {}
  const parents: string[] = []
  let key = ''
  // The tokens between ',', '(' and ')' are entries; '(' opens the last entry's children.
  for (const token of text.split(/([,()])/)) {
    if (token === '(') parents.push(key)
    else if (token === ')') parents.pop()
    else if (token && token !== ',') {
      const [name, since = ''] = token.split('=') as [string, string?]
      key = parents.length ? `${parents[parents.length - 1]}.${name}` : name
      map[key] = fullVersion(since)
    }
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
    const info: { -readonly [K in keyof ApiInfo]: ApiInfo[K] } = { kind: KINDS[head[0]!]!, since: fullVersion(head.slice(1, promise ? -1 : undefined)) }
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
