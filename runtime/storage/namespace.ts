import { config, onConfigure } from '../internal/config'

/**
 * Every wx storage key lives in localStorage as `wxh5:<appId>:<userId>:<key>`.
 *
 * The two id segments are escaped so that they never contain `:` (nor `@`): the prefix is
 * therefore unambiguous, and a key containing `:` (or anything else) cannot reach another
 * namespace. The key itself is stored as written — it is always the last segment.
 */
export const ROOT = 'wxh5'

/**
 * The segment used while no appId / userId is configured (before login, for instance).
 * `@` is escaped in real ids, so no configured id — not even the string "@" — can collide with it.
 */
export const ANONYMOUS_SEGMENT = '@'

let cached: string | undefined
let watching = false

/** `%` + 4 hex digits for each UTF-16 unit outside [A-Za-z0-9_.~-]: total, and never throws on lone surrogates. */
function segment(id: string | undefined): string {
  if (id === undefined) return ANONYMOUS_SEGMENT
  return id.replace(/[^\w.~-]/g, c => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The localStorage prefix of the current app + user, e.g. `wxh5:wx123:u%00401:`. */
export function namespacePrefix(): string {
  if (cached !== undefined) return cached
  if (!watching) {
    watching = true
    // A later configure({ userId }) (after login) switches namespace on the next call.
    onConfigure((changed) => {
      if ('appId' in changed || 'userId' in changed) cached = undefined
    })
  }
  cached = `${ROOT}:${segment(config.appId)}:${segment(config.userId)}:`
  return cached
}
