#!/usr/bin/env node
// Generates runtime/catalog.ts from miniprogram-api-typings (lib.wx.api.d.ts) plus
// scripts/catalog-overlay.json. TypeScript 7 has no compiler API, so the .d.ts is read with
// @babel/parser. Usage: `node scripts/gen-catalog.js` writes the file; `--check` exits 1 when the
// committed file is stale; `--stdout` prints it.
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { dirname, join } from 'node:path'
import { parse } from '@babel/parser'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const TYPINGS = join(ROOT, 'node_modules/miniprogram-api-typings')
export const CATALOG_PATH = join(ROOT, 'runtime/catalog.ts')

const SINCE_RE = /需要基础库[：:]\s*`([\d.]+)`/
// `[RetType wx.name(...)](url)` / `[[Ret](url) Class.member(...)](url)`: the owner before the dot
const HEADER_RE = /^\[(?:\[[^\]]*\]\([^)]*\)\s+|[^\s[\]]+\s+)?([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\(/
// enum line `- 'none': ... [1.9.0](.../compatibility.html)及以上版本支持`
const ENUM_SINCE_RE = /^\s*\*?\s*-\s*'([^']*)':.*\[([\d.]+)\]\([^)]*\)及以上版本支持/
// field docs that state a version only in prose, on their first line:
// '基础库 2.7.3 开始支持' or a leading '2.29.2 自定义路由类型'
const PROSE_SINCE_RE = /^(\d+\.\d+\.\d+)\s|基础库\s*`?(\d+\.\d+\.\d+)`?\s*(?:开始|起)支持/
const CALLBACK_KEYS = new Set(['success', 'fail', 'complete'])
const MAX_DEPTH = 4 // nested field segments; deeper paths add bytes, not useful canIUse answers

// --- small helpers ---------------------------------------------------------------------------

const docOf = (node) => {
  const c = node.leadingComments
  return c && c.length ? c[c.length - 1].value : ''
}
const sinceOf = (doc) => (SINCE_RE.exec(doc) || [])[1] || ''
const proseSinceOf = (doc) => {
  const m = PROSE_SINCE_RE.exec(doc.replace(/^\*+\s*/, '').split('\n')[0])
  return m ? m[1] || m[2] : ''
}
const nameOfKey = (key) => (key.type === 'Identifier' ? key.name : String(key.value))
const paramsOf = (fn) => fn.parameters || fn.params || []
const returnOf = (fn) => (fn.typeAnnotation || fn.returnType || fn.returnAnnotation)?.typeAnnotation
const paramType = (p) => (p.type === 'RestElement' ? p.argument : p).typeAnnotation?.typeAnnotation
const paramName = (p) => (p.type === 'RestElement' ? p.argument.name : p.name)
const refName = (t) =>
  t.typeName.type === 'Identifier' ? t.typeName.name : t.typeName.right.name

function compareVersion(a, b) {
  const x = a.split('.').map(Number)
  const y = b.split('.').map(Number)
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] || 0) - (y[i] || 0)
    if (d) return d < 0 ? -1 : 1
  }
  return 0
}

function sortObject(obj) {
  const out = {}
  for (const k of Object.keys(obj).sort()) out[k] = obj[k]
  return out
}

// --- typings index ---------------------------------------------------------------------------

function indexTypings(source) {
  const ast = parse(source, { sourceType: 'module', plugins: [['typescript', { dts: true }]] })
  const ns = ast.program.body.find((n) => n.type === 'TSModuleDeclaration')
  const interfaces = new Map() // name -> member nodes (declaration merging concatenates)
  const aliases = new Map()
  for (const n of ns.body.body) {
    if (n.type === 'TSInterfaceDeclaration') {
      interfaces.set(n.id.name, [...(interfaces.get(n.id.name) || []), ...n.body.body])
    } else if (n.type === 'TSTypeAliasDeclaration') {
      aliases.set(n.id.name, n.typeAnnotation)
    }
  }
  return { interfaces, aliases }
}

/** Follows aliases, arrays, unions and parentheses down to interface names, inline literal
 *  members and literal values — the parts a canIUse path can name. */
function resolveType(index, type, seen = new Set()) {
  const out = { ifaces: [], members: [], literals: [], fn: null }
  const visit = (t) => {
    if (!t) return
    switch (t.type) {
      case 'TSParenthesizedType':
      case 'TSOptionalType':
        return visit(t.typeAnnotation)
      case 'TSArrayType':
        return visit(t.elementType)
      case 'TSUnionType':
      case 'TSIntersectionType':
        return t.types.forEach(visit)
      case 'TSLiteralType':
        if (t.literal.type === 'StringLiteral' || t.literal.type === 'NumericLiteral') {
          out.literals.push(String(t.literal.value))
        }
        return
      case 'TSTypeLiteral':
        out.members.push(...t.members)
        return
      case 'TSFunctionType':
        out.fn = out.fn || t
        return
      case 'TSTypeReference': {
        const name = refName(t)
        if (name === 'Array' || name === 'ReadonlyArray') return visit(t.typeParameters?.params[0])
        if (seen.has(name)) return
        if (index.interfaces.has(name)) out.ifaces.push(name)
        else if (index.aliases.has(name)) {
          seen.add(name)
          visit(index.aliases.get(name))
        }
      }
    }
  }
  visit(type)
  return out
}

// --- classes ---------------------------------------------------------------------------------

/** Interfaces whose methods carry a `[Class.method(...)](url)` header, keyed by that owner name
 *  (e.g. interface Console documents `console.log`). */
function findClasses(index) {
  const byIface = new Map() // interface name -> class name
  for (const [iface, members] of index.interfaces) {
    if (iface === 'Wx') continue
    for (const m of members) {
      const h = HEADER_RE.exec(docOf(m).replace(/^\*+\s*/, ''))
      if (h && h[1] !== 'wx') {
        byIface.set(iface, h[1])
        break
      }
    }
  }
  const classes = {}
  for (const [iface, cls] of byIface) {
    const members = (classes[cls] = classes[cls] || {})
    for (const m of index.interfaces.get(iface)) {
      if (!m.key) continue
      const name = nameOfKey(m.key)
      if (!(name in members) || (!members[name] && sinceOf(docOf(m)))) members[name] = sinceOf(docOf(m))
    }
  }
  return { byIface, classes }
}

// --- fields ----------------------------------------------------------------------------------

/** Flattens the fields of `type` into `out` as 'a', 'a.b', 'a.VALUE' -> since ('' when none).
 *  Class-typed fields are recorded in `reached` instead of being expanded (CLASSES covers them). */
function collectFields(ctx, type, prefix, out, depth, path) {
  const r = resolveType(ctx.index, type)
  for (const v of r.literals) if (prefix && !(prefix + '.' + v in out)) out[prefix + '.' + v] = ''
  if (depth >= MAX_DEPTH) return
  const members = [...r.members]
  for (const name of r.ifaces) {
    if (ctx.byIface.has(name)) {
      ctx.reached.add(ctx.byIface.get(name))
      continue
    }
    if (path.includes(name)) continue
    members.push(...ctx.index.interfaces.get(name).map((m) => ({ m, via: name })))
  }
  for (const entry of members) {
    const m = entry.m || entry
    const via = entry.via ? [...path, entry.via] : path
    if (m.type !== 'TSPropertySignature' || !m.key) continue
    const key = prefix ? prefix + '.' + nameOfKey(m.key) : nameOfKey(m.key)
    const doc = docOf(m)
    if (!out[key]) out[key] = sinceOf(doc) || proseSinceOf(doc)
    for (const line of doc.split('\n')) {
      const e = ENUM_SINCE_RE.exec(line)
      if (e) out[key + '.' + e[1]] = e[2]
    }
    collectFields(ctx, m.typeAnnotation?.typeAnnotation, key, out, depth + 1, via)
  }
}

/** Fields of the first argument of a callback type (success result, listener argument). */
function callbackArgFields(ctx, type) {
  const fn = resolveType(ctx.index, type).fn
  const first = fn && paramsOf(fn)[0]
  const out = {}
  if (first) collectFields(ctx, paramType(first), '', out, 0, [])
  return out
}

function hasRef(type, pred) {
  let found = false
  const walk = (n) => {
    if (!n || typeof n !== 'object' || found) return
    if (Array.isArray(n)) return n.forEach(walk)
    if (n.type === 'TSTypeReference' && pred(refName(n))) found = true
    for (const k of Object.keys(n)) if (k !== 'loc' && k !== 'leadingComments') walk(n[k])
  }
  walk(type)
  return found
}

// --- one API ---------------------------------------------------------------------------------

/** The options object of a signature: its first parameter when that is the only one or an
 *  `XOption` interface (canvasToTempFilePath(option, component)); a generic
 *  `T extends XOption` uses the bound. Null for positional-only signatures. */
function optionMembers(ctx, sig) {
  const params = paramsOf(sig)
  let optType = params[0] && paramType(params[0])
  if (optType?.type === 'TSTypeReference' && sig.typeParameters) {
    const tp = sig.typeParameters.params.find((p) => p.name === refName(optType))
    if (tp?.constraint) optType = tp.constraint
  }
  const opt = optType ? resolveType(ctx.index, optType) : null
  const isOptions = opt && !opt.fn && (opt.ifaces.length || opt.members.length) &&
    (params.length === 1 || opt.ifaces.some((i) => /Option$/.test(i)))
  return isOptions ? [...opt.members, ...opt.ifaces.flatMap((i) => ctx.index.interfaces.get(i))] : null
}

/** Option keys (callbacks left out) and positional parameters of one signature, into `out`. */
function collectParams(ctx, sig, out) {
  const optMembers = optionMembers(ctx, sig)
  for (const m of optMembers || []) {
    if (m.key && CALLBACK_KEYS.has(nameOfKey(m.key))) continue
    collectFields(ctx, { type: 'TSTypeLiteral', members: [m] }, '', out, 0, [])
  }
  for (const prm of optMembers ? paramsOf(sig).slice(1) : paramsOf(sig)) {
    const key = paramName(prm)
    if (!out[key]) out[key] = sinceOf(docOf(prm))
    collectFields(ctx, paramType(prm), key, out, 1, [])
  }
}

/** Describes one callable member (a Wx method or a class method); also returns the classes it
 *  hands out, for CLASS_SOURCES. Overloads share one entry: kind and result come from the
 *  promisified signature (else the first), params are the union of all. */
function describe(ctx, name, sigs) {
  ctx.reached = new Set()
  const doc = sigs.map(docOf).find((d) => d) || ''
  const sig = sigs.find((s) => hasRef(returnOf(s), (n) => n === 'PromisifySuccessResult')) || sigs[0]
  const info = { kind: 'sync', since: sinceOf(doc) || '1.0.0' }
  if (sig.type === 'TSPropertySignature') {
    info.kind = 'namespace'
    // wx.router / wx.worklet are objects whose members are documented like class methods
    for (const i of resolveType(ctx.index, sig.typeAnnotation?.typeAnnotation).ifaces) {
      if (ctx.byIface.has(i)) ctx.reached.add(ctx.byIface.get(i))
    }
    return { info, reached: ctx.reached }
  }
  const ret = returnOf(sig)
  const first = paramsOf(sig)[0]
  const optMembers = optionMembers(ctx, sig)
  const successMember = optMembers?.find((m) => m.key && nameOfKey(m.key) === 'success')
  const hasCallbacks = !!optMembers?.some((m) => m.key && CALLBACK_KEYS.has(nameOfKey(m.key)))
  const retIfaces = resolveType(ctx.index, ret).ifaces
  for (const s of sigs) {
    for (const i of resolveType(ctx.index, returnOf(s)).ifaces) {
      if (ctx.byIface.has(i)) ctx.reached.add(ctx.byIface.get(i))
    }
  }

  if (hasRef(ret, (n) => n === 'PromisifySuccessResult')) {
    info.kind = 'async'
    info.promise = true
  } else if (hasRef(ret, (n) => /Task$/.test(n))) info.kind = 'task'
  else if (/^(on|off)[A-Z]/.test(name)) info.kind = 'listener'
  else if (hasCallbacks) info.kind = 'async'
  else if (/^create|^get\w*Manager$/.test(name) || retIfaces.some((i) => ctx.byIface.has(i))) {
    info.kind = 'factory'
  }

  const p = {}
  for (const s of [sig, ...sigs.filter((x) => x !== sig)]) collectParams(ctx, s, p)

  let r = {}
  if (successMember) r = callbackArgFields(ctx, successMember.typeAnnotation?.typeAnnotation)
  else if (info.kind === 'listener' && name.startsWith('on') && first) {
    r = callbackArgFields(ctx, paramType(first))
  } else if (info.kind === 'sync' || info.kind === 'factory' || info.kind === 'task') {
    collectFields(ctx, ret, '', r, 0, [])
  }
  if (Object.keys(p).length) info.params = sortObject(p)
  if (Object.keys(r).length) info.result = sortObject(r)
  return { info, reached: ctx.reached }
}

function groupByName(members) {
  const map = new Map()
  for (const m of members) {
    if (!m.key) continue
    const k = nameOfKey(m.key)
    map.set(k, [...(map.get(k) || []), m])
  }
  return map
}

// --- overlay ---------------------------------------------------------------------------------

function applyOverlay(catalog, overlay) {
  for (const [name, info] of Object.entries(overlay.apis || {})) catalog[name] = info
  for (const field of ['params', 'result']) {
    for (const [name, keys] of Object.entries(overlay[field] || {})) {
      const api = catalog[name]
      if (!api) throw new Error(`[gen-catalog] overlay ${field}.${name}: no such API in the typings`)
      api[field] = sortObject({ ...api[field], ...keys })
    }
  }
}

// --- output ----------------------------------------------------------------------------------

const HEADER = `// GENERATED by scripts/gen-catalog.js from miniprogram-api-typings@VERSION
// (+ scripts/catalog-overlay.json). Do not edit: run \`npm run catalog\`.
// Pure data shared by the build-time transform and the browser runtime.

export type ApiKind = 'sync' | 'async' | 'task' | 'listener' | 'factory' | 'namespace'

export interface ApiInfo {
  /** how it is called */
  readonly kind: ApiKind
  /** minimum base library; '1.0.0' where the typings state none */
  readonly since: string
  /** typed with PromisifySuccessResult: returns a Promise when no success/fail/complete is passed */
  readonly promise?: true
  /** every option key / positional param, also enum values as 'param.VALUE' and nested fields as
   *  'a.b'; value = its stated since, or '' when none is stated (inherits the API's since) */
  readonly params?: Readonly<Record<string, string>>
  /** every success-result / sync-return / listener-argument field, nested as 'a.b', same value rule */
  readonly result?: Readonly<Record<string, string>>
}
`

function emitRecord(name, type, obj, one) {
  const lines = Object.keys(obj).map((k) => `  ${JSON.stringify(k)}: ${one(obj[k])},`)
  return `export const ${name}: ${type} = {\n${lines.join('\n')}\n}\n`
}

/** Builds the text of runtime/catalog.ts; pure and deterministic. */
export function generateCatalog() {
  const version = JSON.parse(readFileSync(join(TYPINGS, 'package.json'), 'utf8')).version
  const index = indexTypings(readFileSync(join(TYPINGS, 'types/wx/lib.wx.api.d.ts'), 'utf8'))
  const { byIface, classes } = findClasses(index)
  const ctx = { index, byIface, reached: new Set() }
  const sources = {} // class -> APIs/classes that hand it out
  const addSource = (cls, from) => {
    if (!sources[cls]) sources[cls] = new Set()
    sources[cls].add(from)
  }

  const catalog = {}
  for (const [name, sigs] of groupByName(index.interfaces.get('Wx'))) {
    const { info, reached } = describe(ctx, name, sigs)
    catalog[name] = info
    for (const cls of reached) addSource(cls, name)
  }
  for (const [iface, cls] of byIface) {
    for (const [member, sigs] of groupByName(index.interfaces.get(iface))) {
      if (sigs[0].type !== 'TSMethodSignature') continue
      for (const c of describe(ctx, member, sigs).reached) if (c !== cls) addSource(c, cls)
    }
  }
  applyOverlay(catalog, JSON.parse(readFileSync(join(ROOT, 'scripts/catalog-overlay.json'), 'utf8')))

  // flatten class -> class edges so the runtime checks only API names
  const classSources = {}
  for (const cls of Object.keys(classes).sort()) {
    const apis = new Set()
    const seen = new Set([cls])
    const stack = [...(sources[cls] || [])]
    while (stack.length) {
      const s = stack.pop()
      if (catalog[s]) apis.add(s)
      else if (!seen.has(s)) {
        seen.add(s)
        stack.push(...(sources[s] || []))
      }
    }
    if (apis.size) classSources[cls] = [...apis].sort()
  }

  let latest = '1.0.0'
  const bump = (v) => {
    if (v && compareVersion(v, latest) > 0) latest = v
  }
  for (const a of Object.values(catalog)) {
    bump(a.since)
    Object.values(a.params || {}).forEach(bump)
    Object.values(a.result || {}).forEach(bump)
  }
  for (const c of Object.values(classes)) Object.values(c).forEach(bump)

  const sortedCatalog = sortObject(catalog)
  const sortedClasses = {}
  for (const c of Object.keys(classes).sort()) sortedClasses[c] = sortObject(classes[c])

  return (
    HEADER.replace('VERSION', version) +
    '\n' +
    emitRecord('CATALOG', 'Readonly<Record<string, ApiInfo>>', sortedCatalog, (a) =>
      JSON.stringify({ kind: a.kind, since: a.since, promise: a.promise, params: a.params, result: a.result }),
    ) +
    '\n/** Class APIs (interfaces whose members carry a `[Class.member(...)](url)` doc header):\n' +
    ' *  class -> member -> since (\'\' if none stated). */\n' +
    emitRecord('CLASSES', 'Readonly<Record<string, Readonly<Record<string, string>>>>', sortedClasses, (c) =>
      JSON.stringify(c),
    ) +
    '\n/** class -> the wx APIs through which an instance is obtained (directly or via another\n' +
    ' *  class); a class is usable when one of them is. */\n' +
    emitRecord('CLASS_SOURCES', 'Readonly<Record<string, readonly string[]>>', classSources, (s) =>
      JSON.stringify(s),
    ) +
    '\n/** the highest since found anywhere: the default `target` */\n' +
    `export const LATEST_VERSION: string = ${JSON.stringify(latest)}\n`
  )
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = generateCatalog()
  if (process.argv.includes('--stdout')) process.stdout.write(text)
  else if (process.argv.includes('--check')) {
    let current = ''
    try {
      current = readFileSync(CATALOG_PATH, 'utf8')
    } catch {}
    if (current !== text) {
      console.error('[gen-catalog] runtime/catalog.ts is stale: run `npm run catalog`')
      process.exit(1)
    }
  } else {
    writeFileSync(CATALOG_PATH, text)
    console.log(`[gen-catalog] wrote ${CATALOG_PATH}`)
  }
}
