// Patterns: where a declaration binds names (`const { a, b = wx } = …`) and where an assignment
// writes (`[wx.X] = …`). Both walk the same tree as collect.ts, through its PatternWalker.
import type * as t from '@babel/types'
import type { Scope } from './scope'

/** The parts of collect.ts's walk that patterns need. */
export interface PatternWalker {
  containsToken: (node: t.Node) => boolean
  ancestors: t.Node[]
  visit: (node: t.Node | null | undefined, scope: Scope) => void
  visitNode: (node: t.Node, scope: Scope) => void
  bind: (scope: Scope, name: string) => void
  record: (node: t.Identifier, scope: Scope, isWrite: boolean) => void
  markWritten: (node: t.Node) => void
}

/** A declaration pattern: identifiers bind in `target`; defaults and computed keys are expressions. */
export function bindPattern(w: PatternWalker, node: t.Node | null, target: Scope, scope: Scope): void {
  if (!node || !w.containsToken(node))
    return
  w.ancestors.push(node)
  switch (node.type) {
    case 'Identifier':
      w.bind(target, node.name)
      break
    case 'ObjectPattern':
      for (const property of node.properties) {
        if (property.type === 'RestElement') {
          bindPattern(w, property.argument, target, scope)
          continue
        }
        if (property.computed)
          w.visit(property.key, scope)
        bindPattern(w, property.value, target, scope)
      }
      break
    case 'ArrayPattern':
      for (const element of node.elements)
        bindPattern(w, element, target, scope)
      break
    case 'AssignmentPattern':
      bindPattern(w, node.left, target, scope)
      w.visit(node.right, scope)
      break
    case 'RestElement':
      bindPattern(w, node.argument, target, scope)
      break
    case 'TSParameterProperty':
      bindPattern(w, node.parameter, target, scope)
      break
    default:
      w.visitNode(node, scope)
  }
  w.ancestors.pop()
}

/** An assignment target: identifiers and members in it are written, not read. */
export function visitTarget(w: PatternWalker, node: t.Node, scope: Scope): void {
  if (!w.containsToken(node))
    return
  w.ancestors.push(node)
  switch (node.type) {
    case 'Identifier':
      w.record(node, scope, true)
      break
    case 'MemberExpression':
    case 'OptionalMemberExpression':
      w.markWritten(node)
      w.visitNode(node, scope)
      break
    case 'ObjectPattern':
      for (const property of node.properties) {
        if (property.type === 'RestElement') {
          visitTarget(w, property.argument, scope)
          continue
        }
        if (property.computed)
          w.visit(property.key, scope)
        visitTarget(w, property.value, scope)
      }
      break
    case 'ArrayPattern':
      for (const element of node.elements) {
        if (element)
          visitTarget(w, element, scope)
      }
      break
    case 'AssignmentPattern':
      visitTarget(w, node.left, scope)
      w.visit(node.right, scope)
      break
    case 'RestElement':
      visitTarget(w, node.argument, scope)
      break
    case 'TSAsExpression':
    case 'TSSatisfiesExpression':
    case 'TSNonNullExpression':
    case 'TSTypeAssertion':
    case 'ParenthesizedExpression':
      visitTarget(w, node.expression, scope)
      break
    default:
      w.visitNode(node, scope)
  }
  w.ancestors.pop()
}
