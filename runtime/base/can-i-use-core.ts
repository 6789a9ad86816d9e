// The one canIUse resolver, shared by the transform's build-time folding of
// `wx.canIUse('literal')` and by run-time `wx.canIUse`: both must give the same answer.
//
// Grammar (spec §2):
//   API                              the API exists, since <= target, implemented
//   API.method[.param[.option...]]   method: object -> params; return | success | callback -> result
//   Class.member                     a CLASSES member whose class some usable API hands out
//   component.attribute.option       always false: wx-h5 renders no WXML components (pages
//                                    are the app's own HTML), so `button.open-type.contact`,
//                                    `text.selectable`, ... honestly answer false
// Every segment named must exist, and every stated since along the path must be <= target.
import { CATALOG, CLASSES, CLASS_SOURCES, type ApiInfo, type ApiKind } from '../catalog'
import { compareVersion, isVersion } from '../internal/version'

export type Implemented = ReadonlySet<string> | ((api: string) => boolean)

/** The catalog data the resolver reads: the whole catalog at build time, the implemented
 *  subset (runtime/base/can-i-use-data.ts) in the browser, where it gives the same answers. */
export interface CanIUseData {
  readonly CATALOG: Readonly<Record<string, ApiInfo>>
  readonly CLASSES: Readonly<Record<string, Readonly<Record<string, string>>>>
  readonly CLASS_SOURCES: Readonly<Record<string, readonly string[]>>
}

/** Which catalog map each method reads, and which kinds of API have that method at all
 *  (a listener has no `success`, an async API no `return`). */
const METHODS: Readonly<Record<string, readonly [field: 'params' | 'result', kinds: readonly ApiKind[]]>> = {
  object: ['params', ['sync', 'async', 'task', 'listener', 'factory']],
  return: ['result', ['sync', 'factory']],
  success: ['result', ['async', 'task']],
  callback: ['result', ['listener']],
}

const own = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k)

/** '' (no stated since: inherits) or a version <= target. */
const sinceOk = (since: string | undefined, target: string): boolean =>
  !since || compareVersion(since, target) <= 0

/**
 * Builds the resolver over one set of catalog data. Answers `wx.canIUse(schema)` for base
 * library `target`: true only when the API (or class) exists in the catalog,
 * every since named along the schema is <= target, every param / field / enum value named
 * exists, and the web runtime implements the API. Anything else — unknown names, a method
 * the API's kind lacks, a non-string schema, a target that is not a version — answers false.
 */
export function createCanIUse({ CATALOG, CLASSES, CLASS_SOURCES }: CanIUseData): (schema: unknown, target: string, implemented: Implemented) => boolean {
  function apiUsable(name: string, target: string, isImplemented: (api: string) => boolean): boolean {
    return own(CATALOG, name) && sinceOk(CATALOG[name]!.since, target) && isImplemented(name)
  }

  /** `path` must be a key of `map`; every prefix of it that is a key must be in time. Keys can
   *  themselves contain dots (AuthSetting's 'scope.userLocation'), so prefixes are optional. */
  function pathOk(map: Readonly<Record<string, string>> | undefined, path: readonly string[], target: string): boolean {
    if (!map || !own(map, path.join('.'))) return false
    for (let i = 1; i <= path.length; i++) {
      const key = path.slice(0, i).join('.')
      if (own(map, key) && !sinceOk(map[key], target)) return false
    }
    return true
  }

  function resolveApi(info: ApiInfo, segs: readonly string[], target: string): boolean {
    if (segs.length === 1) return true
    const method = own(METHODS, segs[1]!) ? METHODS[segs[1]!]! : undefined
    if (!method || !method[1].includes(info.kind)) return false
    return segs.length === 2 || pathOk(info[method[0]], segs.slice(2), target)
  }

  function resolveClass(cls: string, segs: readonly string[], target: string, isImplemented: (api: string) => boolean): boolean {
    if (segs.length > 2) return false
    if (segs.length === 2 && !(own(CLASSES[cls]!, segs[1]!) && sinceOk(CLASSES[cls]![segs[1]!], target))) return false
    // Classes reached only through components or page methods have no source API: ask by class name.
    const sources = own(CLASS_SOURCES, cls) ? CLASS_SOURCES[cls]! : undefined
    return sources ? sources.some((api) => apiUsable(api, target, isImplemented)) : isImplemented(cls)
  }

  return (schema, target, implemented) => {
    if (typeof schema !== 'string' || !isVersion(target)) return false
    const segs = schema.split('.')
    if (segs.some((s) => s === '')) return false
    const isImplemented = typeof implemented === 'function' ? implemented : (api: string) => implemented.has(api)
    const head = segs[0]!
    const isMethod = segs.length === 1 || own(METHODS, segs[1]!)
    if (own(CATALOG, head) && (isMethod || !own(CLASSES, head))) {
      return apiUsable(head, target, isImplemented) && resolveApi(CATALOG[head]!, segs, target)
    }
    return own(CLASSES, head) && resolveClass(head, segs, target, isImplemented)
  }
}

/** The resolver over the whole catalog, for the transform and for Node. */
export const resolveCanIUse = /* @__PURE__ */ createCanIUse({ CATALOG, CLASSES, CLASS_SOURCES })
