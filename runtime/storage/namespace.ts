import { config } from '../internal/config'

/**
 * Every wx storage key lives in localStorage as `wxh5:<appId>:<userId>:<key>`.
 *
 * The two id segments are escaped so that they never contain `:` (nor `@`): the prefix is
 * therefore unambiguous, and a key containing `:` (or anything else) cannot reach another
 * namespace. The key itself is stored as written — it is always the last segment.
 * A missing id (before login, for instance) is the segment `@`, which no configured id —
 * not even the string "@" — can produce.
 */
export const ROOT = 'wxh5'

let appId: string | undefined
let userId: string | undefined
let prefix = ''

/** `%` + 4 hex digits for each UTF-16 unit outside [A-Za-z0-9_.~-]: total, and never throws on lone surrogates. */
function segment(id: string | undefined): string {
  return id === undefined ? '@' : id.replace(/[^\w.~-]/g, c => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** The localStorage prefix of the current app + user, e.g. `wxh5:wx123:u%00401:`. */
export function namespacePrefix(): string {
  // A later configure({ userId }) (after login) switches namespace on the next call.
  if (!prefix || config.appId !== appId || config.userId !== userId) {
    ({ appId, userId } = config)
    prefix = `${ROOT}:${segment(appId)}:${segment(userId)}:`
  }
  return prefix
}
