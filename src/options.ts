import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { LATEST_VERSION } from '../runtime/catalog'
import { compareVersion } from '../runtime/internal/version'
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE, RUNTIME_SPECIFIER } from './constants'
import { describeValue, optionMessage } from './messages'

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
  domains: Object.freeze({ request: [], uploadFile: [], downloadFile: [], socket: [] }),
  runtime: RUNTIME_SPECIFIER,
})

const OPTION_KEYS = ['target', 'include', 'exclude', 'app', 'appId', 'unsupported', 'sourcemap', 'domains', 'runtime']
const VERSION_RE = /^\d+\.\d+\.\d+$/
const ORIGIN_RE = { http: /^https?:\/\/[^\s/?#]+$/, socket: /^wss?:\/\/[^\s/?#]+$/ }

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

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

function resolveTarget(value: unknown): string {
  if (value === undefined)
    return LATEST_VERSION
  if (typeof value !== 'string')
    throw new TypeError(optionMessage('target', 'a base-library version string like "2.10.0"', value))
  if (!VERSION_RE.test(value))
    throw new Error(optionMessage('target', 'a base-library version like "2.10.0"', value))
  if (compareVersion(value, LATEST_VERSION) > 0)
    throw new Error(optionMessage('target', `a base-library version no newer than "${LATEST_VERSION}" (the newest in the catalog)`, value))
  return value
}

function resolvePatterns(name: string, value: unknown): Array<string | RegExp> {
  const list = Array.isArray(value) ? value : [value]
  for (const item of list) {
    if (!(typeof item === 'string' || item instanceof RegExp))
      throw new TypeError(optionMessage(name, 'a RegExp, a glob string or an array of them', value))
  }
  return [...list]
}

function resolveApp(value: unknown): ResolvedApp {
  if (typeof value === 'string')
    return { config: checkAppJson(readAppJson(value), value), appRoot: dirname(resolve(value)) }
  if (!isPlainObject(value))
    throw new TypeError(optionMessage('app', 'the path of app.json or its parsed object', value))
  return { config: checkAppJson(value, undefined), appRoot: process.cwd() }
}

function readAppJson(path: string): unknown {
  let text: string
  try {
    text = readFileSync(resolve(path), 'utf8')
  }
  catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? String(error)
    throw new Error(`[wx-h5] \`app\` must be the path of a readable app.json file; could not read ${JSON.stringify(path)} (${reason}).`)
  }
  try {
    return JSON.parse(text)
  }
  catch (error) {
    throw new Error(`[wx-h5] \`app\` must be the path of a valid JSON file; ${JSON.stringify(path)} does not parse (${(error as Error).message}).`)
  }
}

function checkAppJson(value: unknown, path: string | undefined): AppJson {
  const where = path === undefined ? '`app`' : `\`app\` (${JSON.stringify(path)})`
  if (!isPlainObject(value))
    throw new Error(`[wx-h5] ${where} must be an app.json object; got ${describeValue(value)}.`)
  const pages = value.pages
  if (!Array.isArray(pages) || pages.length === 0 || !pages.every(page => typeof page === 'string'))
    throw new Error(`[wx-h5] ${where} must have \`pages\`, a non-empty array of page paths like ["pages/index/index"]; got ${describeValue(pages)}.`)
  return { ...value, pages: [...pages] } as AppJson
}

function resolveAppId(value: unknown): string {
  if (typeof value !== 'string')
    throw new TypeError(optionMessage('appId', 'a string like "wx1234567890abcdef"', value))
  if (!/^\w[\w-]*$/.test(value))
    throw new Error(optionMessage('appId', 'an AppID like "wx1234567890abcdef" (letters, digits, "_" or "-")', value))
  return value
}

function resolveUnsupported(value: unknown): ResolvedOptions['unsupported'] {
  if (value === undefined)
    return 'warn'
  if (value === 'warn' || value === 'error' || value === 'silent')
    return value
  const expected = `one of "warn", "error", "silent"`
  throw typeof value === 'string' ? new Error(optionMessage('unsupported', expected, value)) : new TypeError(optionMessage('unsupported', expected, value))
}

function resolveBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined)
    return fallback
  if (typeof value !== 'boolean')
    throw new TypeError(optionMessage(name, 'true or false', value))
  return value
}

function resolveDomains(value: unknown): ResolvedOptions['domains'] {
  if (value === undefined)
    return DEFAULT_OPTIONS.domains
  if (!isPlainObject(value))
    throw new TypeError(optionMessage('domains', 'an object like { request: ["https://api.example.com"] }', value))
  const resolved: Required<Domains> = { request: [], uploadFile: [], downloadFile: [], socket: [] }
  for (const [kind, list] of Object.entries(value)) {
    if (!(kind in resolved))
      throw new Error(`[wx-h5] Unknown option \`domains.${kind}\`; expected one of \`request\`, \`uploadFile\`, \`downloadFile\`, \`socket\`.`)
    const example = kind === 'socket' ? 'wss://api.example.com' : 'https://api.example.com'
    if (!Array.isArray(list) || !list.every(item => typeof item === 'string'))
      throw new TypeError(optionMessage(`domains.${kind}`, `an array of origins like ["${example}"]`, list))
    const re = kind === 'socket' ? ORIGIN_RE.socket : ORIGIN_RE.http
    const bad = list.find(item => !re.test(item))
    if (bad !== undefined)
      throw new Error(optionMessage(`domains.${kind}`, `origins like "${example}" (scheme and host, no path)`, bad))
    resolved[kind as keyof Domains] = [...list]
  }
  return resolved
}

function resolveRuntime(value: unknown): string {
  if (value === undefined)
    return RUNTIME_SPECIFIER
  if (typeof value !== 'string' || value.trim() === '')
    throw new TypeError(optionMessage('runtime', 'a non-empty import specifier like "wx-h5/runtime"', value))
  return value
}
