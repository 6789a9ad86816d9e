// Reading lib.wx.api.d.ts: the Babel AST index, JSDoc since markers and type resolution.
import { parse } from '@babel/parser'

const SINCE_RE = /需要基础库[：:]\s*`([\d.]+)`/
// field docs that state a version only in prose, on their first line:
// '基础库 2.7.3 开始支持' or a leading '2.29.2 自定义路由类型'
const PROSE_SINCE_RE = /^(\d+\.\d+\.\d+)\s|基础库\s*`?(\d+\.\d+\.\d+)`?\s*(?:开始|起)支持/
// `[RetType wx.name(...)](url)` / `[[Ret](url) Class.member(...)](url)`: the owner before the dot
const HEADER_RE = /^\[(?:\[[^\]]*\]\([^)]*\)\s+|[^\s[\]]+\s+)?([A-Za-z_$][\w$]*)\.([A-Za-z_$][\w$]*)\(/

// --- small helpers ---------------------------------------------------------------------------

export const docOf = (node) => {
  const c = node.leadingComments
  return c && c.length ? c[c.length - 1].value : ''
}
export const sinceOf = (doc) => (SINCE_RE.exec(doc) || [])[1] || ''
export const proseSinceOf = (doc) => {
  const m = PROSE_SINCE_RE.exec(doc.replace(/^\*+\s*/, '').split('\n')[0])
  return m ? m[1] || m[2] : ''
}
export const nameOfKey = (key) => (key.type === 'Identifier' ? key.name : String(key.value))
export const paramsOf = (fn) => fn.parameters || fn.params || []
export const returnOf = (fn) => (fn.typeAnnotation || fn.returnType || fn.returnAnnotation)?.typeAnnotation
export const paramType = (p) => (p.type === 'RestElement' ? p.argument : p).typeAnnotation?.typeAnnotation
export const paramName = (p) => (p.type === 'RestElement' ? p.argument.name : p.name)
export const refName = (t) =>
  t.typeName.type === 'Identifier' ? t.typeName.name : t.typeName.right.name


// --- typings index ---------------------------------------------------------------------------

export function indexTypings(source) {
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
export function resolveType(index, type, seen = new Set()) {
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


export function hasRef(type, pred) {
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

// --- classes ---------------------------------------------------------------------------------

/** Interfaces whose methods carry a `[Class.method(...)](url)` header, keyed by that owner name
 *  (e.g. interface Console documents `console.log`). */
export function findClasses(index) {
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
      if (!Object.hasOwn(members, name) || (!members[name] && sinceOf(docOf(m)))) members[name] = sinceOf(docOf(m))
    }
  }
  return { byIface, classes }
}

