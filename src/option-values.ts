// Checks and normalises one option each; resolveOptions (options.ts) calls them in turn.
import type { AppJson, Domains, ResolvedApp, ResolvedOptions } from './options'
import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import process from 'node:process'
import { LATEST_VERSION } from '../runtime/catalog'
import { compareVersion } from '../runtime/internal/version'
import { RUNTIME_SPECIFIER } from './constants'
import { describeValue, optionMessage } from './messages'

const VERSION_RE = /^\d+\.\d+\.\d+$/
const ORIGIN_RE = { http: /^https?:\/\/[^\s/?#]+$/, socket: /^wss?:\/\/[^\s/?#]+$/ }

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function resolveTarget(value: unknown): string {
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

export function resolvePatterns(name: string, value: unknown): Array<string | RegExp> {
  const list = Array.isArray(value) ? value : [value]
  for (const item of list) {
    if (!(typeof item === 'string' || item instanceof RegExp))
      throw new TypeError(optionMessage(name, 'a RegExp, a glob string or an array of them', value))
  }
  return [...list]
}

export function resolveApp(value: unknown): ResolvedApp {
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

export function resolveAppId(value: unknown): string {
  if (typeof value !== 'string')
    throw new TypeError(optionMessage('appId', 'a string like "wx1234567890abcdef"', value))
  if (!/^\w[\w-]*$/.test(value))
    throw new Error(optionMessage('appId', 'an AppID like "wx1234567890abcdef" (letters, digits, "_" or "-")', value))
  return value
}

export function resolveUnsupported(value: unknown): ResolvedOptions['unsupported'] {
  if (value === undefined)
    return 'warn'
  if (value === 'warn' || value === 'error' || value === 'silent')
    return value
  const expected = `one of "warn", "error", "silent"`
  throw typeof value === 'string' ? new Error(optionMessage('unsupported', expected, value)) : new TypeError(optionMessage('unsupported', expected, value))
}

export function resolveBoolean(name: string, value: unknown, fallback: boolean): boolean {
  if (value === undefined)
    return fallback
  if (typeof value !== 'boolean')
    throw new TypeError(optionMessage(name, 'true or false', value))
  return value
}

export function resolveDomains(value: unknown): ResolvedOptions['domains'] {
  if (value === undefined)
    return { request: [], uploadFile: [], downloadFile: [], socket: [] }
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

export function resolveRuntime(value: unknown): string {
  if (value === undefined)
    return RUNTIME_SPECIFIER
  if (typeof value !== 'string' || value.trim() === '')
    throw new TypeError(optionMessage('runtime', 'a non-empty import specifier like "wx-h5/runtime"', value))
  return value
}
