/** Package name; used as the plugin name and as the prefix of every message. */
export const PLUGIN_NAME = 'wx-h5'

/** Where rewritten call sites import the runtime from, unless `runtime` says otherwise. */
export const RUNTIME_SPECIFIER = 'wx-h5/runtime'

/** The free globals the transform rewrites. `wx` is the API object; the others are functions. */
export const HANDLED_GLOBALS: ReadonlySet<string> = new Set(['wx', 'getApp', 'getCurrentPages', 'App', 'Page'])

/** A handled name as a whole word: usable as a bundler's `transform.filter.code`. */
export const HANDLED_TOKEN_RE = /\b(?:wx|getApp|getCurrentPages|App|Page)\b/

/** The opt-out marker, accepted in any of the file's leading comments. */
export const DISABLE_MARKER_RE = /^\s*wx-h5-disable\b/

/** Prefix of every local the transform introduces (`_wx_showToast`, `_wx` for the whole object). */
export const LOCAL_PREFIX = '_wx_'

/** The runtime export that is the whole `wx` object, and the stub factory for guarded APIs. */
export const WHOLE_OBJECT_EXPORT = 'wx'
export const UNSUPPORTED_EXPORT = 'unsupported'

/** Scripts, by extension, optionally followed by a query (`?v=123`). */
export const DEFAULT_INCLUDE: readonly RegExp[] = [/\.[cm]?[jt]sx?(?:$|\?)/]

/** Dependencies and virtual modules; our own runtime is always excluded as well (see filter.ts). */
export const DEFAULT_EXCLUDE: readonly RegExp[] = [/[\\/]node_modules[\\/]/]

/** Ids that are never transformed, whatever `include` says: virtual modules and the runtime itself. */
export const ALWAYS_EXCLUDE: readonly RegExp[] = [/\0/, /[\\/]wx-h5[\\/](?:dist[\\/])?runtime[\\/]/]

/** Warning codes, stable for tooling. */
export const WARNING_CODES = {
  parseError: 'WX_H5_PARSE_ERROR',
  unsupportedApi: 'WX_H5_UNSUPPORTED_API',
  wholeObject: 'WX_H5_WHOLE_OBJECT',
  paramTooNew: 'WX_H5_PARAM_TOO_NEW',
} as const

/** `code` of the Error thrown when `unsupported: 'error'` meets a guarded call. */
export const UNSUPPORTED_ERROR_CODE = 'WX_H5_UNSUPPORTED'
