import type { Options } from './options'
import type { TransformResult } from './transform'
import { resolveOptions } from './options'
import { transformWx } from './transform'

export { DEFAULT_OPTIONS, resolveOptions } from './options'
export type { AppJson, Domains, FilterPattern, Options, ResolvedApp, ResolvedOptions } from './options'
export { transformWx, transformWxDetailed, UnsupportedApiError } from './transform'
export type { SiteReport, SiteStatus, TransformOutcome, TransformResult, TransformWarning } from './transform'

/**
 * Resolves `options` and rewrites one module; undefined when nothing changed (use
 * transformWxDetailed to also receive the warning of a syntax error). Throws UnsupportedApiError
 * under `unsupported: 'error'` when the module calls an API the web build cannot provide.
 */
export function transform(code: string, id: string, options?: Options): TransformResult | undefined {
  return transformWx(code, id, resolveOptions(options))
}
export { default } from './unplugin'
