import { ROOT } from './namespace'

/** The part of the Web Storage interface the storage area uses. */
export interface KeyValueStore {
  getItem: (name: string) => string | null
  setItem: (name: string, value: string) => void
  removeItem: (name: string) => void
  key: (index: number) => string | null
  readonly length: number
}

/** Every name in the store (linear: only for the one-off ledger build and clearStorage). */
export function allNames(store: KeyValueStore): string[] {
  if (store instanceof MemoryStore) return [...store.items.keys()]
  const names: string[] = []
  for (let i = 0, n = store.length; i < n; i++) {
    const name = store.key(i)
    if (name !== null) names.push(name)
  }
  return names
}

let backend: KeyValueStore | undefined
let memory = false

/** localStorage, or — when it is missing or refuses access — a per-page memory store (said once on the console). */
export function storageBackend(): KeyValueStore {
  return backend ??= resolve()
}

/** True when wx storage is kept in memory because localStorage is unusable. */
export function usesMemoryFallback(): boolean {
  storageBackend()
  return memory
}

export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException
    && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' || error.code === 22)
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
    memory = true
    const why = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    console.warn(`[wx-h5] storage: localStorage is unavailable (${why}); wx storage is kept in memory and lost when the page unloads.`)
    return createMemoryStore()
  }
}

class MemoryStore implements KeyValueStore {
  readonly items = new Map<string, string>()
  getItem(name: string): string | null {
    return this.items.get(name) ?? null
  }

  setItem(name: string, value: string): void {
    this.items.set(name, String(value))
  }

  removeItem(name: string): void {
    this.items.delete(name)
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }

  get length(): number {
    return this.items.size
  }
}

export function createMemoryStore(): KeyValueStore {
  return new MemoryStore()
}
