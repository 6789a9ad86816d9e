import { config } from '../internal/config'

/**
 * What the open area remembers per app and user: authorization decisions, privacy consent,
 * the last address and invoice title entered. One JSON record in localStorage under
 * `wxh5-open:<appId>:<userId>`, outside the wx storage namespace (`wxh5:`), so it neither
 * counts against the app's storage quota nor disappears with `clearStorage`.
 * The key is computed on every call: a later `configure({ userId })` switches records at once.
 */
export interface OpenRecord {
  /** scope → allowed (true) or denied (false); only scopes ever asked. */
  auth?: Record<string, boolean>
  /** The user agreed to the privacy contract. */
  privacy?: boolean
  address?: Record<string, string>
  invoiceTitle?: Record<string, string>
}

const PREFIX = 'wxh5-open'

// `%` + 4 hex digits for anything outside [A-Za-z0-9_.~-], so ids never contain `:`.
function segment(id: string | undefined): string {
  return id === undefined ? '@' : id.replace(/[^\w.~-]/g, c => `%${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

export function recordKey(): string {
  return `${PREFIX}:${segment(config.appId)}:${segment(config.userId)}`
}

export function readRecord(key = recordKey()): OpenRecord {
  try {
    const value = JSON.parse(localStorage.getItem(key) ?? '{}') as unknown
    return value && typeof value === 'object' ? value as OpenRecord : {}
  }
  catch {
    // Unreadable (hand-edited, storage disabled): behave as never asked.
    return {}
  }
}

/** Applies `change` to the record under `key` (the key in force when the question was asked). */
export function updateRecord(change: (record: OpenRecord) => void, key = recordKey()): void {
  const record = readRecord(key)
  change(record)
  try {
    localStorage.setItem(key, JSON.stringify(record))
  }
  catch {
    // Quota or disabled storage: the decision still holds for this call, it is just not kept.
  }
}

/** Records the user's decision on `scope` (from a dialog, the settings sheet, or a silent grant). */
export function remember(scope: string, allowed: boolean, key?: string): void {
  updateRecord((record) => {
    (record.auth ??= {})[scope] = allowed
  }, key)
}
