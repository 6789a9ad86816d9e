import type MagicString from 'magic-string'
import type * as t from '@babel/types'
import type { ApiStatus } from './guards'
import type { ImportPlan } from './imports'
import type { Edit } from './sourcemap'
import type { SourceLocation, TransformWarning } from './messages'
import type { ResolvedOptions } from './options'
import type { Site } from './sites'
import { apiStatus, foldCanIUse, newerParams, typeofApi } from './guards'
import { guardedWarning, paramTooNewWarning, wholeObjectWarning } from './messages'

export type SiteStatus = 'imported' | 'guarded' | 'folded' | 'whole-object'

/** One rewritten site, for the compatibility report. `line` is 1-based, `column` 0-based. */
export interface SiteReport {
  file: string
  line: number
  column: number
  /** API name (`showToast`), global name (`getApp`), or `wx` for whole-object and `typeof wx`. */
  name: string
  status: SiteStatus
  reason?: string
}

/** Per-module state of the rewrite: edits, imports, and everything reported about them. */
export interface RewriteContext {
  s: MagicString
  /** The same replacements, kept for the source map (see sourcemap.ts). */
  edits: Edit[]
  plan: ImportPlan
  options: ResolvedOptions
  file: string
  report: SiteReport[]
  warnings: TransformWarning[]
  /** Guarded calls: what `unsupported: 'error'` fails the build for. */
  guardedCalls: Array<{ loc: SourceLocation; name: string; reason: string }>
}

function edit(ctx: RewriteContext, start: number, end: number, text: string): void {
  ctx.s.update(start, end, text)
  ctx.edits.push({ start, end, text })
}

function locOf(ctx: RewriteContext, node: t.Node): SourceLocation {
  const { line, column } = node.loc!.start
  return { file: ctx.file, line, column }
}

function statusOf(ctx: RewriteContext, api: string): ApiStatus {
  return apiStatus(api, ctx.options.target)
}

function add(ctx: RewriteContext, loc: SourceLocation, name: string, status: SiteStatus, reason?: string): void {
  const entry: SiteReport = { file: loc.file, line: loc.line, column: loc.column, name, status }
  if (reason !== undefined)
    entry.reason = reason
  ctx.report.push(entry)
}

/** Adds a warning unless `unsupported` is 'silent' (the warning is only built when needed). */
function warn(ctx: RewriteContext, build: () => TransformWarning): void {
  if (ctx.options.unsupported !== 'silent')
    ctx.warnings.push(build())
}

/** The text an access to `api` becomes: its import, its stub (calls) or `undefined` (reads). */
function accessText(ctx: RewriteContext, api: string, loc: SourceLocation, isCall: boolean): string {
  const status = statusOf(ctx, api)
  if (status.importable) {
    add(ctx, loc, api, 'imported')
    return ctx.plan.named(api)
  }
  add(ctx, loc, api, 'guarded', status.reason)
  warn(ctx, () => guardedWarning(loc, api, status.reason, isCall))
  if (!isCall)
    return 'undefined'
  ctx.guardedCalls.push({ loc, name: api, reason: status.reason })
  return ctx.plan.stub(api, status.kind)
}

/** Per-parameter compatibility: option keys newer than the target, in an object-literal argument. */
function checkParams(ctx: RewriteContext, api: string, call: t.CallExpression | t.OptionalCallExpression): void {
  const options = call.arguments[0]
  if (options?.type !== 'ObjectExpression')
    return
  const keys = new Map<string, t.Node>()
  for (const property of options.properties) {
    if ((property.type === 'ObjectProperty' || property.type === 'ObjectMethod') && !property.computed) {
      const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'StringLiteral' ? property.key.value : undefined
      if (key !== undefined)
        keys.set(key, property.key)
    }
  }
  for (const { key, since } of newerParams(api, [...keys.keys()], ctx.options.target))
    warn(ctx, () => paramTooNewWarning(locOf(ctx, keys.get(key)!), api, key, since, ctx.options.target))
}

/** Replaces an identifier, keeping the property name of a shorthand (`{ wx }` → `{ wx: _wx }`). */
function replaceIdentifier(ctx: RewriteContext, site: Site, text: string): void {
  const { node, parent } = site.ref
  const shorthand = parent.type === 'ObjectProperty' && parent.shorthand && parent.value === node
  edit(ctx, node.start!, node.end!, shorthand ? `${node.name}: ${text}` : text)
}

/** Applies one site's edit and records it in the report (and warnings). */
export function rewriteSite(ctx: RewriteContext, site: Site): void {
  const loc = locOf(ctx, site.ref.node)
  switch (site.kind) {
    case 'member': {
      edit(ctx, site.node.start!, site.node.end!, accessText(ctx, site.api, loc, site.call !== undefined))
      if (site.call && statusOf(ctx, site.api).importable)
        checkParams(ctx, site.api, site.call)
      return
    }
    case 'typeof-member': {
      const status = statusOf(ctx, site.api)
      const value = typeofApi(status)
      add(ctx, loc, site.api, 'folded', status.importable ? `typeof is '${value}'` : `typeof is 'undefined': ${status.reason}`)
      edit(ctx, site.node.start!, site.node.end!, `'${value}'`)
      return
    }
    case 'typeof-global': {
      const { name } = site.ref.node
      const value = name === 'wx' ? 'object' : 'function'
      add(ctx, loc, name, 'folded', `typeof is '${value}'`)
      edit(ctx, site.node.start!, site.node.end!, `'${value}'`)
      return
    }
    case 'can-i-use': {
      const answer = foldCanIUse(site.schema, ctx.options.target)
      add(ctx, loc, 'canIUse', 'folded', `canIUse(${JSON.stringify(site.schema)}) is ${answer} at ${ctx.options.target}`)
      edit(ctx, site.node.start!, site.node.end!, String(answer))
      return
    }
    case 'destructure': {
      const declarator = site.node
      const parts = site.bindings.map(({ api, local, key }) => `${local} = ${accessText(ctx, api, locOf(ctx, key), false)}`)
      edit(ctx, declarator.id.start!, declarator.init!.end!, parts.join(', '))
      return
    }
    case 'global': {
      // App, Page, getApp and getCurrentPages are always runtime exports (runtime/index.ts).
      const { name } = site.ref.node
      add(ctx, loc, name, 'imported')
      replaceIdentifier(ctx, site, ctx.plan.named(name))
      return
    }
    case 'whole-object':
      add(ctx, loc, 'wx', 'whole-object', site.reason)
      warn(ctx, () => wholeObjectWarning(loc, site.reason))
      replaceIdentifier(ctx, site, ctx.plan.whole(site.ref.isWrite))
  }
}
