// The transform of one module: pre-check (tokens.ts), parse (parse.ts), free references
// (collect.ts), their forms (sites.ts), edits and report (rewrite.ts, guards.ts), one runtime
// import (imports.ts), and a high-resolution map (sourcemap.ts). DESIGN.md "The transform".
import type { SourceMap } from 'magic-string'
import type * as t from '@babel/types'
import type { TransformWarning } from './messages'
import type { ResolvedOptions } from './options'
import type { RewriteContext, SiteReport } from './rewrite'
import type { Site } from './sites'
import MagicString from 'magic-string'
import { collectFreeReferences } from './collect'
import { UNSUPPORTED_ERROR_CODE } from './constants'
import { hasDisableComment, isIncluded } from './filter'
import { createImportPlan } from './imports'
import { unsupportedErrorMessage } from './messages'
import { parseModule } from './parse'
import { rewriteSite } from './rewrite'
import { hiresMap } from './sourcemap'
import { findHandledTokens } from './tokens'
import { classifyReference } from './sites'

export type { SiteReport, SiteStatus } from './rewrite'
export type { TransformWarning } from './messages'

export interface TransformResult {
  code: string
  /** High-resolution map to the input; null when the `sourcemap` option is off. */
  map: SourceMap | null
  /** Guarded sites, whole-object fallbacks, too-new options (none when `unsupported` is 'silent'). */
  warnings: TransformWarning[]
  /** Every rewritten site, in source order. */
  report: SiteReport[]
}

/**
 * `result` is undefined when the module is left as it is: excluded, no handled token, opted out,
 * nothing free to rewrite, or a syntax error. `warnings` always holds every warning, including the
 * syntax error (with `loc` and `frame`), so a caller can report it and hand the file on unchanged.
 */
export interface TransformOutcome {
  result: TransformResult | undefined
  warnings: TransformWarning[]
}

/** Thrown under `unsupported: 'error'` when a module calls an API that is guarded. */
export class UnsupportedApiError extends Error {
  readonly code = UNSUPPORTED_ERROR_CODE
  constructor(message: string, readonly report: SiteReport[]) {
    super(message)
    this.name = 'UnsupportedApiError'
  }
}

function unchanged(): TransformOutcome {
  return { result: undefined, warnings: [] }
}

/** Once `wx.X` is assigned in a module, every `wx.X` there must see the assignment: whole object. */
function keepWrittenApisOnTheObject(sites: Site[]): Site[] {
  const written = new Set<string>()
  for (const site of sites) {
    if (site.kind === 'whole-object' && site.writtenApi !== undefined)
      written.add(site.writtenApi)
  }
  if (written.size === 0)
    return sites
  return sites.map(site => (site.kind === 'member' || site.kind === 'typeof-member') && written.has(site.api)
    ? { kind: 'whole-object', ref: site.ref, reason: `read where wx.${site.api} is also assigned in this module` }
    : site)
}

/** After the hashbang and the directive prologue ('use strict'), or at the very start. */
function headerOffset(program: t.Program): number {
  const last = program.directives.at(-1)
  return Math.max(program.interpreter?.end ?? 0, last?.end ?? 0)
}

function usesCommonJs(program: t.Program, code: string): boolean {
  return program.sourceType === 'script' && /\brequire\s*\(|\bmodule\.exports\b|\bexports\.[\w$]/.test(code)
}

type Analysis =
  | { warning: TransformWarning; sites?: undefined }
  | { warning?: undefined; sites: Site[]; headerOffset: number; commonJs: boolean }

/**
 * Parses and classifies. Kept apart so that the AST is garbage as soon as it returns: only the
 * few subtrees the sites point at survive into the rewrite (a live AST makes every GC dearer).
 */
function analyzeModule(code: string, id: string, tokens: readonly number[]): Analysis {
  const parsed = parseModule(code, id)
  if (parsed.warning)
    return { warning: parsed.warning }
  const { program } = parsed.ast
  const { references, writtenMembers } = collectFreeReferences(parsed.ast, tokens)
  const sites = keepWrittenApisOnTheObject(references
    .map(reference => classifyReference(reference, writtenMembers))
    .filter((site): site is Site => site !== undefined))
  return { sites, headerOffset: headerOffset(program), commonJs: usesCommonJs(program, code) }
}

/** Rewrites the free wx globals of one module; see TransformOutcome for what comes back. */
export function transformWxDetailed(code: string, id: string, options: ResolvedOptions): TransformOutcome {
  if (!isIncluded(id, options))
    return unchanged()
  const tokens = findHandledTokens(code)
  if (tokens.length === 0 || hasDisableComment(code))
    return unchanged()
  const analysis = analyzeModule(code, id, tokens)
  if (analysis.warning)
    return { result: undefined, warnings: [analysis.warning] }
  const { sites } = analysis
  if (sites.length === 0)
    return unchanged()

  const ctx: RewriteContext = {
    s: new MagicString(code),
    edits: [],
    plan: createImportPlan(code),
    options,
    file: id,
    report: [],
    warnings: [],
    guardedCalls: [],
  }
  for (const site of sites)
    rewriteSite(ctx, site)
  if (!ctx.s.hasChanged())
    return unchanged()
  if (options.unsupported === 'error' && ctx.guardedCalls.length > 0)
    throw new UnsupportedApiError(unsupportedErrorMessage(ctx.guardedCalls), ctx.report)

  let header: { offset: number; text: string } | undefined
  if (!ctx.plan.isEmpty) {
    const statement = ctx.plan.render(analysis.commonJs ? 'cjs' : 'esm', options.runtime)
    const offset = analysis.headerOffset
    header = offset === 0 ? { offset, text: `${statement}\n` } : { offset, text: `\n${statement}` }
    if (offset === 0)
      ctx.s.prepend(header.text)
    else ctx.s.appendLeft(offset, header.text)
  }
  const result: TransformResult = {
    code: ctx.s.toString(),
    map: options.sourcemap ? hiresMap(code, id, ctx.edits.sort((a, b) => a.start - b.start), header) : null,
    warnings: ctx.warnings,
    report: ctx.report,
  }
  return { result, warnings: ctx.warnings }
}

/**
 * Rewrites one module, or returns undefined when it is left as it is. A syntax error also gives
 * undefined: use transformWxDetailed to receive its warning. Throws UnsupportedApiError under
 * `unsupported: 'error'` when the module calls a guarded API.
 */
export function transformWx(code: string, id: string, options: ResolvedOptions): TransformResult | undefined {
  return transformWxDetailed(code, id, options).result
}
