import type { ApiKind } from '../runtime/catalog'
import { resolveCanIUse } from '../runtime/base/can-i-use-core'
import { CATALOG } from '../runtime/catalog'
import { IMPLEMENTED } from '../runtime/implemented'
import { compareVersion } from '../runtime/internal/version'
import { guardReason } from './messages'

/** How one wx API is reached from a build for `target`. */
export type ApiStatus =
  | { importable: true; kind: ApiKind }
  | { importable: false; kind: ApiKind; reason: string }

const own = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key)

/**
 * Imported when the runtime implements it and the catalog says it exists at `target`; otherwise
 * guarded. A name the catalog does not know and the runtime does not export is guarded as a
 * `sync` stub, so a typo fails loudly at the call.
 */
export function apiStatus(api: string, target: string): ApiStatus {
  let byApi = statusCache.get(target)
  if (!byApi)
    statusCache.set(target, byApi = new Map())
  let status = byApi.get(api)
  if (!status)
    byApi.set(api, status = computeStatus(api, target))
  return status
}

// Catalog and runtime surface are fixed for the process: one answer per (target, api).
const statusCache = new Map<string, Map<string, ApiStatus>>()

function computeStatus(api: string, target: string): ApiStatus {
  const info = own(CATALOG, api) ? CATALOG[api] : undefined
  const kind: ApiKind = info?.kind ?? 'sync'
  if (info && compareVersion(info.since, target) > 0)
    return { importable: false, kind, reason: guardReason(info.since, target) }
  if (!IMPLEMENTED.has(api))
    return { importable: false, kind, reason: info ? guardReason(undefined, target) : 'not a known wx API' }
  return { importable: true, kind }
}

/** What `typeof wx.X` evaluates to in a build for `target`. */
export function typeofApi(status: ApiStatus): 'function' | 'object' | 'undefined' {
  if (!status.importable)
    return 'undefined'
  return status.kind === 'namespace' ? 'object' : 'function'
}

/** Build-time answer of `wx.canIUse(schema)`; the same resolver answers at run time. */
export function foldCanIUse(schema: string, target: string): boolean {
  return resolveCanIUse(schema, target, IMPLEMENTED)
}

/** Top-level option keys of `api` that need a newer base library than `target`. */
export function newerParams(api: string, keys: readonly string[], target: string): Array<{ key: string; since: string }> {
  const params = own(CATALOG, api) ? CATALOG[api]!.params : undefined
  if (!params)
    return []
  const newer: Array<{ key: string; since: string }> = []
  for (const key of keys) {
    const since = own(params, key) ? params[key] : ''
    if (since && compareVersion(since, target) > 0)
      newer.push({ key, since })
  }
  return newer
}
