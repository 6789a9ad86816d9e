import { LATEST_VERSION } from '../runtime/catalog'
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, RUNTIME_SPECIFIER } from './constants'
import { optionMessage } from './messages'
import { isPlainObject, resolveApp, resolveAppId, resolveBoolean, resolveDomains, resolvePatterns, resolveRuntime, resolveTarget, resolveUnsupported } from './option-values'

/** A path pattern: a RegExp tested against the module id, or a glob (`src/**\/*.js`). */
export type FilterPattern = string | RegExp | ReadonlyArray<string | RegExp>

/** The parts of `app.json` the transform and runtime read; other keys are kept as they are. */
export interface AppJson {
  pages: string[]
  [key: string]: unknown
}

/** Allowed request domains per kind, as in the mini-program admin console. */
export interface Domains {
  request?: string[]
  uploadFile?: string[]
  downloadFile?: string[]
  socket?: string[]
}

export interface Options {
  /**
   * Base-library version the build emulates: `SDKVersion` at run time and the reference for guards
   * and `wx.canIUse` folding.
   * @default LATEST_VERSION (the newest version in the catalog)
   */
  target?: string
  /**
   * Modules to transform (RegExp tested against the id, or globs).
   * @default [/\.[cm]?[jt]sx?(?:$|\?)/] (.js .mjs .cjs .ts .mts .cts .jsx .tsx)
   */
  include?: FilterPattern
  /**
   * Modules to leave alone. Virtual modules (`\0`) and the wx-h5 runtime are always left alone.
   * @default [/[\\/]node_modules[\\/]/]
   */
  exclude?: FilterPattern
  /**
   * Path of `app.json` (read and validated here) or its parsed object.
   * @default undefined
   */
  app?: string | AppJson
  /**
   * Mini-program AppID: storage isolation and `getAccountInfoSync`.
   * @default undefined
   */
  appId?: string
  /**
   * What a call of an API the web runtime lacks, or one newer than `target`, does at build time.
   * @default 'warn'
   */
  unsupported?: 'warn' | 'error' | 'silent'
  /**
   * Emit high-resolution source maps for transformed modules.
   * @default true
   */
  sourcemap?: boolean
  /**
   * Allowed domains (origins such as `https://api.example.com`) per request kind; empty means any.
   * @default {}
   */
  domains?: Domains
  /**
   * Import specifier of the runtime that rewritten call sites import from.
   * @default 'wx-h5/runtime'
   */
  runtime?: string
}

/** `app` after resolution: the parsed app.json and the directory it came from. */
export interface ResolvedApp {
  config: AppJson
  appRoot: string
}

export interface ResolvedOptions {
  target: string
  include: ReadonlyArray<string | RegExp>
  exclude: ReadonlyArray<string | RegExp>
  app: ResolvedApp | undefined
  appId: string | undefined
  unsupported: 'warn' | 'error' | 'silent'
  sourcemap: boolean
  domains: Readonly<Required<Domains>>
  runtime: string
}

export const DEFAULT_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  target: LATEST_VERSION,
  include: DEFAULT_INCLUDE,
  exclude: DEFAULT_EXCLUDE,
  app: undefined,
  appId: undefined,
  unsupported: 'warn',
  sourcemap: true,
  domains: Object.freeze({ request: [], uploadFile: [], downloadFile: [], socket: [] }) as Readonly<Required<Domains>>,
  runtime: RUNTIME_SPECIFIER,
})

const OPTION_KEYS = ['target', 'include', 'exclude', 'app', 'appId', 'unsupported', 'sourcemap', 'domains', 'runtime']

/** Resolves user options once: defaults filled in, every value checked. Never mutates `options`. */
export function resolveOptions(options: unknown = {}): ResolvedOptions {
  if (!isPlainObject(options))
    throw new TypeError(optionMessage('options', 'an object', options))
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key))
      throw new Error(`[wx-h5] Unknown option \`${key}\`; expected one of ${OPTION_KEYS.map(k => `\`${k}\``).join(', ')}.`)
  }
  const o = options as Options
  return {
    target: resolveTarget(o.target),
    include: o.include === undefined ? DEFAULT_INCLUDE : resolvePatterns('include', o.include),
    exclude: o.exclude === undefined ? DEFAULT_EXCLUDE : resolvePatterns('exclude', o.exclude),
    app: o.app === undefined ? undefined : resolveApp(o.app),
    appId: o.appId === undefined ? undefined : resolveAppId(o.appId),
    unsupported: resolveUnsupported(o.unsupported),
    sourcemap: resolveBoolean('sourcemap', o.sourcemap, true),
    domains: resolveDomains(o.domains),
    runtime: resolveRuntime(o.runtime),
  }
}
