import { getTarget } from '../../internal/config'
import { compareVersion } from '../../internal/version'
import { FIELD_SINCE } from './field-since'

/**
 * Drops the result fields that the emulated base library does not have yet (their catalog
 * since is newer than `target`), as a real client of that version would not return them.
 */
export function forTarget<T extends object>(api: string, value: T): T {
  const fields = FIELD_SINCE[api]
  if (!fields) return value
  const target = getTarget()
  const out: Record<string, unknown> = {}
  for (const [key, field] of Object.entries(value)) {
    const since = Object.prototype.hasOwnProperty.call(fields, key) ? fields[key] : ''
    if (!since || compareVersion(since, target) <= 0) out[key] = field
  }
  return out as T
}
