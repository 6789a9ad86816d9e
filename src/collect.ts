import type * as t from '@babel/types'
import type { Scope } from './scope'
import { CHILD_KEYS, SKIPPED_KEYS, TYPE_ONLY } from './ast-keys'
import { HANDLED_GLOBALS } from './constants'
import { bindPattern, visitTarget } from './patterns'
import type { PatternWalker } from './patterns'
import { createScope, declare, functionScopeOf, isBound } from './scope'

/** A free reference to a handled global, with the two enclosing nodes that decide its form. */
export interface Reference {
  node: t.Identifier
  parent: t.Node
  grandparent: t.Node | undefined
  /** The identifier itself is assigned (`wx = …`, `[wx] = …`, `wx++`). */
  isWrite: boolean
}

export interface Collected {
  references: Reference[]
  /** Member expressions that are assignment targets (`wx.X = …`, `wx.X++`, `[wx.X] = …`). */
  writtenMembers: ReadonlySet<t.Node>
}

interface PendingReference extends Reference { scope: Scope }

/**
 * Walks only the subtrees that contain a handled token (`tokens`: sorted start offsets from the
 * pre-check), so a file with three `wx` calls costs three root-to-leaf paths, not a full walk.
 * Returns the references that are free: not bound by any enclosing declaration, wherever it sits.
 */
export function collectFreeReferences(file: t.File, tokens: readonly number[]): Collected {
  const pending: PendingReference[] = []
  const writtenMembers = new Set<t.Node>()
  const declaredNames = new Set<string>()
  const ancestors: t.Node[] = []
  const isModule = file.program.sourceType === 'module'
  const programScope = createScope(undefined, true)

  function containsToken(node: t.Node): boolean {
    const start = node.start!
    let low = 0
    let high = tokens.length
    while (low < high) {
      const mid = (low + high) >>> 1
      if (tokens[mid]! < start)
        low = mid + 1
      else high = mid
    }
    return low < tokens.length && tokens[low]! < node.end!
  }

  function bind(scope: Scope, name: string): void {
    if (HANDLED_GLOBALS.has(name)) {
      declare(scope, name)
      declaredNames.add(name)
    }
  }

  function record(node: t.Identifier, scope: Scope, isWrite: boolean): void {
    if (!HANDLED_GLOBALS.has(node.name))
      return
    const depth = ancestors.length
    pending.push({ node, parent: ancestors[depth - 2]!, grandparent: ancestors[depth - 3], isWrite, scope })
  }

  function visit(node: t.Node | null | undefined, scope: Scope): void {
    if (!node || !containsToken(node))
      return
    ancestors.push(node)
    visitNode(node, scope)
    ancestors.pop()
  }

  function visitAll(nodes: ReadonlyArray<t.Node | null | undefined> | null | undefined, scope: Scope): void {
    if (nodes) {
      for (const node of nodes)
        visit(node, scope)
    }
  }

  function visitChildren(node: t.Node, scope: Scope): void {
    const record = node as unknown as Record<string, unknown>
    const keys = CHILD_KEYS[node.type]
    if (keys) {
      for (const key of keys) {
        const value = record[key]
        if (Array.isArray(value))
          visitAll(value as t.Node[], scope)
        else if (value)
          visit(value as t.Node, scope)
      }
      return
    }
    for (const key in record) {
      if (SKIPPED_KEYS.has(key))
        continue
      const value = record[key]
      if (Array.isArray(value))
        visitAll(value as t.Node[], scope)
      else if (value && typeof (value as t.Node).type === 'string')
        visit(value as t.Node, scope)
    }
  }

  function visitFunction(node: t.Function, outer: Scope): void {
    const scope = createScope(outer, true)
    if (node.type === 'FunctionExpression' && node.id)
      bind(scope, node.id.name)
    for (const param of node.params)
      bindPattern(walker, param, scope, scope)
    if (node.body.type !== 'BlockStatement')
      return visit(node.body, scope)
    // The body is its own var scope: parameter defaults cannot see its `var`s and functions.
    if (containsToken(node.body)) {
      ancestors.push(node.body)
      visitChildren(node.body, createScope(scope, true))
      ancestors.pop()
    }
  }

  function visitNode(node: t.Node, scope: Scope): void {
    if (TYPE_ONLY.has(node.type) || (node as { declare?: boolean }).declare)
      return
    switch (node.type) {
      case 'Identifier':
        return record(node, scope, false)
      case 'MemberExpression':
      case 'OptionalMemberExpression':
        visit(node.object, scope)
        if (node.computed)
          visit(node.property, scope)
        return
      case 'ObjectProperty':
      case 'ClassProperty':
      case 'ClassAccessorProperty':
        if (node.computed)
          visit(node.key, scope)
        visitAll((node as t.ClassProperty).decorators, scope)
        return visit(node.value, scope)
      case 'ClassPrivateProperty':
        return visit(node.value, scope)
      case 'ObjectMethod':
      case 'ClassMethod':
      case 'ClassPrivateMethod':
        if (node.type !== 'ClassPrivateMethod' && node.computed)
          visit(node.key, scope)
        visitAll((node as t.ClassMethod).decorators, scope)
        return visitFunction(node, scope)
      case 'FunctionDeclaration':
        // Block-level functions are block-scoped in modules, function-scoped in sloppy scripts.
        if (node.id)
          bind(isModule ? scope : functionScopeOf(scope), node.id.name)
        return visitFunction(node, scope)
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        return visitFunction(node, scope)
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const inner = createScope(scope, false)
        if (node.id)
          bind(node.type === 'ClassDeclaration' ? scope : inner, node.id.name)
        visitAll(node.decorators, scope)
        visit(node.superClass, scope)
        return visit(node.body, inner)
      }
      case 'VariableDeclaration': {
        const target = node.kind === 'var' ? functionScopeOf(scope) : scope
        for (const declarator of node.declarations) {
          if (!containsToken(declarator))
            continue
          ancestors.push(declarator)
          bindPattern(walker, declarator.id, target, scope)
          visit(declarator.init, scope)
          ancestors.pop()
        }
        return
      }
      case 'CatchClause': {
        const inner = createScope(scope, false)
        if (node.param)
          bindPattern(walker, node.param, inner, inner)
        return visit(node.body, inner)
      }
      case 'ForInStatement':
      case 'ForOfStatement': {
        const inner = createScope(scope, false)
        if (node.left.type === 'VariableDeclaration')
          visit(node.left, inner)
        else visitTarget(walker, node.left, inner)
        visit(node.right, inner)
        return visit(node.body, inner)
      }
      case 'BlockStatement':
      case 'StaticBlock':
      case 'ForStatement':
      case 'SwitchStatement':
      case 'TSModuleBlock':
        return visitChildren(node, createScope(scope, false))
      case 'AssignmentExpression':
        visitTarget(walker, node.left, scope)
        return visit(node.right, scope)
      case 'UpdateExpression':
        return visitTarget(walker, node.argument, scope)
      case 'ImportDeclaration':
        for (const specifier of node.specifiers)
          bind(programScope, specifier.local.name)
        return
      case 'TSImportEqualsDeclaration':
      case 'TSEnumDeclaration':
        return bind(scope, node.id.name)
      case 'TSModuleDeclaration':
        if (node.id.type === 'Identifier')
          bind(scope, node.id.name)
        return visit(node.body, scope)
      case 'ExportNamedDeclaration':
        return visit(node.declaration, scope)
      case 'LabeledStatement':
        return visit(node.body, scope)
      default:
        return visitChildren(node, scope)
    }
  }

  const walker: PatternWalker = {
    containsToken,
    ancestors,
    visit,
    visitNode,
    bind,
    record,
    markWritten: node => writtenMembers.add(node),
  }

  ancestors.push(file.program)
  visitChildren(file.program, programScope)

  const references: Reference[] = []
  for (const { scope, ...reference } of pending) {
    // Fast path: no declaration of this name anywhere in the file means every reference is free.
    if (!declaredNames.has(reference.node.name) || !isBound(scope, reference.node.name))
      references.push(reference)
  }
  return { references, writtenMembers }
}
