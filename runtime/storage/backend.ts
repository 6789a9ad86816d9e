import { ROOT } from './namespace'

/** The part of the Web Storage interface the storage area uses. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>

let backend: KeyValueStore | undefined

/** localStorage, or — when it is missing or refuses access — a per-page memory store (said once on the console). */
export function storageBackend(): KeyValueStore {
  return backend ??= resolve()
}

/**
 * Every name in the store (linear: only for the one-off ledger build and clearStorage).
 * A Storage object lists its entries as own properties, and so does the memory store.
 */
export function allNames(store: KeyValueStore): string[] {
  return Object.keys(store)
}

/** QuotaExceededError (Firefox once said NS_ERROR_DOM_QUOTA_REACHED; legacy code 22). */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.code === 22 || /quota/i.test(error.name))
}

function resolve(): KeyValueStore {
  let local: Storage | undefined
  try {
    // The getter itself throws in sandboxed iframes and with storage disabled (SecurityError).
    local = globalThis.localStorage
    if (!local) throw new Error('localStorage is not available')
    // Some browsers hand out a Storage whose writes always throw (old private modes).
    const probe = `${ROOT}:probe`
    local.setItem(probe, '')
    local.removeItem(probe)
    return local
  }
  catch (error) {
    // A full origin is not a disabled one: writes will fail the wx way instead.
    if (local && isQuotaError(error)) return local
    const why = error instanceof Error ? `${error.name}: ${error.message}` : error
    console.warn(`[wx-h5] storage: localStorage is unavailable (${why}); wx storage is kept in memory and lost when the page unloads.`)
    return new MemoryStore()
  }
}

/**
 * Like a Storage object, the memory store holds each entry as a property, so `Object.keys`
 * lists the names. Every name starts with `wxh5:`, so none meets a method or Object.prototype.
 */
class MemoryStore implements KeyValueStore {
  getItem(name: string): string | null {
    return name in this ? (this as unknown as Record<string, string>)[name] : null
  }

  setItem(name: string, value: string): void {
    (this as unknown as Record<string, string>)[name] = value
  }

  removeItem(name: string): void {
    delete (this as unknown as Record<string, string>)[name]
  }
}
