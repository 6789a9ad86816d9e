import type * as t from '@babel/types'
import type { Reference } from './collect'

/** What a free reference is, in the terms of the rewrite. */
export type Site =
  /** `wx.X` / `wx['X']` / `wx?.X`, called (`call`) or only read. */
  | { kind: 'member'; ref: Reference; api: string; node: t.MemberExpression | t.OptionalMemberExpression; call: t.CallExpression | t.OptionalCallExpression | undefined }
  /** `typeof wx.X`, folded to a string. */
  | { kind: 'typeof-member'; ref: Reference; api: string; node: t.UnaryExpression }
  /** `typeof wx` (or `typeof getApp`), folded to a string. */
  | { kind: 'typeof-global'; ref: Reference; node: t.UnaryExpression }
  /** `wx.canIUse('literal')`, folded to a boolean. */
  | { kind: 'can-i-use'; ref: Reference; schema: string; node: t.CallExpression | t.OptionalCallExpression }
  /** `const { X, Y: y } = wx`: each local bound to its API. */
  | { kind: 'destructure'; ref: Reference; node: t.VariableDeclarator; bindings: DestructuredBinding[] }
  /** A free `getApp`, `getCurrentPages`, `App` or `Page`. */
  | { kind: 'global'; ref: Reference }
  /** `wx` used as a value: the whole object is imported for this reference. */
  | { kind: 'whole-object'; ref: Reference; reason: string; writtenApi?: string }

/** One `X: local` of `const { X: local } = wx`; `key` locates it for the report. */
export interface DestructuredBinding { api: string; local: string; key: t.Node }

/** Static name of a member access: `a.X`, `a['X']`, ``a[`X`]``; undefined when computed. */
export function staticMemberName(member: t.MemberExpression | t.OptionalMemberExpression): string | undefined {
  const { property } = member
  if (!member.computed)
    return property.type === 'Identifier' ? property.name : undefined
  return staticString(property)
}

function staticString(node: t.Node | undefined): string | undefined {
  if (node?.type === 'StringLiteral')
    return node.value
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0)
    return node.quasis[0]!.value.cooked ?? undefined
  return undefined
}

function isCallOf(node: t.Node | undefined, callee: t.Node): node is t.CallExpression | t.OptionalCallExpression {
  return (node?.type === 'CallExpression' || node?.type === 'OptionalCallExpression') && node.callee === callee
}

function destructuredBindings(pattern: t.ObjectPattern): DestructuredBinding[] | undefined {
  const bindings: DestructuredBinding[] = []
  for (const property of pattern.properties) {
    if (property.type !== 'ObjectProperty' || property.computed || property.value.type !== 'Identifier')
      return undefined
    const api = property.key.type === 'Identifier' ? property.key.name : staticString(property.key)
    if (api === undefined)
      return undefined
    bindings.push({ api, local: property.value.name, key: property.key })
  }
  return bindings.length > 0 ? bindings : undefined
}

/** Classifies one free reference; undefined means "leave it alone". */
export function classifyReference(ref: Reference, writtenMembers: ReadonlySet<t.Node>): Site | undefined {
  const { node, parent, grandparent } = ref
  const isTypeof = parent.type === 'UnaryExpression' && parent.operator === 'typeof'
  if (node.name !== 'wx') {
    // Writes to getApp/App/… would hit an immutable import binding: keep them on the global.
    if (ref.isWrite)
      return undefined
    return isTypeof ? { kind: 'typeof-global', ref, node: parent } : { kind: 'global', ref }
  }
  const whole = (reason: string): Site => ({ kind: 'whole-object', ref, reason })
  if (ref.isWrite)
    return whole('reassigned')
  if (isTypeof)
    return { kind: 'typeof-global', ref, node: parent }
  switch (parent.type) {
    case 'MemberExpression':
    case 'OptionalMemberExpression': {
      if (parent.object !== node)
        return whole('used as a computed key')
      const api = staticMemberName(parent)
      if (api === undefined)
        return whole('read with a computed key (wx[name])')
      if (writtenMembers.has(parent))
        return { kind: 'whole-object', ref, reason: `written to (wx.${api} = …)`, writtenApi: api }
      if (grandparent?.type === 'UnaryExpression' && grandparent.operator === 'delete')
        return { kind: 'whole-object', ref, reason: `written to (delete wx.${api})`, writtenApi: api }
      if (grandparent?.type === 'UnaryExpression' && grandparent.operator === 'typeof')
        return { kind: 'typeof-member', ref, api, node: grandparent }
      if (!isCallOf(grandparent, parent))
        return { kind: 'member', ref, api, node: parent, call: undefined }
      const schema = grandparent.arguments.length === 1 ? staticString(grandparent.arguments[0]) : undefined
      if (api === 'canIUse' && schema !== undefined)
        return { kind: 'can-i-use', ref, schema, node: grandparent }
      return { kind: 'member', ref, api, node: parent, call: grandparent }
    }
    case 'VariableDeclarator': {
      if (parent.init !== node || parent.id.type !== 'ObjectPattern')
        return whole('aliased to a variable')
      const bindings = destructuredBindings(parent.id)
      return bindings ? { kind: 'destructure', ref, node: parent, bindings } : whole('destructured with a default, rest or computed key')
    }
    case 'CallExpression':
    case 'OptionalCallExpression':
    case 'NewExpression':
      return whole(parent.callee === node ? 'called as a function' : 'passed as an argument')
    case 'SpreadElement':
      return whole('spread')
    case 'AssignmentExpression':
      return whole('assigned to another variable')
    case 'ReturnStatement':
    case 'ArrowFunctionExpression':
      return whole('returned')
    case 'ObjectProperty':
      return whole('stored in an object')
    case 'ArrayExpression':
      return whole('stored in an array')
    default:
      return whole('used as a value')
  }
}
