// Turning one Wx (or class) member into its catalog entry: kind, since, params, result.
import {
  docOf, hasRef, nameOfKey, paramName, paramType, paramsOf, proseSinceOf, refName, resolveType,
  returnOf, sinceOf,
} from './typings.js'

// enum line `- 'none': ... [1.9.0](.../compatibility.html)及以上版本支持`
const ENUM_SINCE_RE = /^\s*\*?\s*-\s*'([^']*)':.*\[([\d.]+)\]\([^)]*\)及以上版本支持/
const CALLBACK_KEYS = new Set(['success', 'fail', 'complete'])
const MAX_DEPTH = 4 // nested field segments; deeper paths add bytes, not useful canIUse answers

export function sortObject(obj) {
  const out = {}
  for (const k of Object.keys(obj).sort()) out[k] = obj[k]
  return out
}

// --- fields ----------------------------------------------------------------------------------

/** Flattens the fields of `type` into `out` as 'a', 'a.b', 'a.VALUE' -> since ('' when none).
 *  Class-typed fields are recorded in `reached` instead of being expanded (CLASSES covers them). */
function collectFields(ctx, type, prefix, out, depth, path) {
  const r = resolveType(ctx.index, type)
  for (const v of r.literals) if (prefix && !Object.hasOwn(out, prefix + '.' + v)) out[prefix + '.' + v] = ''
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
    // own-key checks: a field named like an Object.prototype member must still be recorded
    if (!Object.hasOwn(out, key) || !out[key]) out[key] = sinceOf(doc) || proseSinceOf(doc)
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
    if (!Object.hasOwn(out, key) || !out[key]) out[key] = sinceOf(docOf(prm))
    collectFields(ctx, paramType(prm), key, out, 1, [])
  }
}

/** Describes one callable member (a Wx method or a class method); also returns the classes it
 *  hands out, for CLASS_SOURCES. Overloads share one entry: kind and result come from the
 *  promisified signature (else the first), params are the union of all. */
export function describe(ctx, name, sigs) {
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

export function groupByName(members) {
  const map = new Map()
  for (const m of members) {
    if (!m.key) continue
    const k = nameOfKey(m.key)
    map.set(k, [...(map.get(k) || []), m])
  }
  return map
}

