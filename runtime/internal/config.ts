import { DEFAULT_TARGET } from './default-target'

/** The parts of app.json that the runtime reads. */
export interface AppJson {
  pages: string[]
  entryPagePath?: string
  subpackages?: Array<{ root: string, pages: string[], name?: string }>
  subPackages?: Array<{ root: string, pages: string[], name?: string }>
  window?: Record<string, unknown>
  tabBar?: {
    list: Array<{ pagePath: string, text?: string, iconPath?: string, selectedIconPath?: string }>
    color?: string
    selectedColor?: string
    backgroundColor?: string
    borderStyle?: string
    position?: 'bottom' | 'top'
    custom?: boolean
  }
  networkTimeout?: { request?: number, connectSocket?: number, uploadFile?: number, downloadFile?: number }
  [key: string]: unknown
}

/**
 * Everything `configure()` accepts. Areas add their own fields with declaration merging:
 * `declare module '../internal/config' { interface WxH5Config { domains?: ... } }`.
 */
export interface WxH5Config {
  /** app.json, as an object. */
  app?: AppJson
  /** Mini-program appId: isolates storage and fills getAccountInfoSync. */
  appId?: string
  /** The signed-in user: isolates storage and authorization per user. */
  userId?: string
  /** Base-library version being emulated; `SDKVersion` at run time. */
  target?: string
  /** UI language of the runtime's own dialogs. */
  locale?: 'zh-CN' | 'en'
}

const state: WxH5Config = {}
const watchers = new Set<(changed: WxH5Config) => void>()

/** The merged configuration. Read it at call time, never at import time. */
export const config: Readonly<WxH5Config> = state

export function getTarget(): string {
  return state.target ?? DEFAULT_TARGET
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype
}

/**
 * The one run-time setup call. Later calls merge into earlier ones: top-level keys are
 * replaced, except plain objects (adapters, domains, ...) which are merged one level deep.
 */
export function configure(patch: WxH5Config): void {
  if (!isPlainObject(patch)) throw new TypeError('[wx-h5] configure() expects an object.')
  if (patch.target !== undefined && (typeof patch.target !== 'string' || !/^\d+(\.\d+){0,2}$/.test(patch.target)))
    throw new TypeError(`[wx-h5] configure: \`target\` must be a base-library version like "2.10.0"; got ${JSON.stringify(patch.target)}.`)
  for (const key of ['appId', 'userId'] as const) {
    if (patch[key] !== undefined && typeof patch[key] !== 'string')
      throw new TypeError(`[wx-h5] configure: \`${key}\` must be a string; got ${typeof patch[key]}.`)
  }
  // The page chrome parts are functions exported by wx-h5/runtime (route/shell.ts declares the field).
  const { chrome } = patch as { chrome?: unknown }
  if (chrome !== undefined && !(Array.isArray(chrome) && chrome.every(part => typeof part === 'function')))
    throw new TypeError('[wx-h5] configure: `chrome` must be an array of navigationBar, tabBar or pullDownRefresh (from wx-h5/runtime).')
  const record = state as Record<string, unknown>
  for (const [key, value] of Object.entries(patch)) {
    const previous = record[key]
    record[key] = key !== 'app' && isPlainObject(value) && isPlainObject(previous) ? { ...previous, ...value } : value
  }
  for (const watcher of watchers) watcher(patch)
}

/** Runs `fn` after every configure() call with the keys that call set. */
export function onConfigure(fn: (changed: WxH5Config) => void): () => void {
  watchers.add(fn)
  return () => watchers.delete(fn)
}
