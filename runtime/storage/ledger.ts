import { allNames, storageBackend } from './backend'
import { decodeValue, entrySize, UNREADABLE } from './codec'

/**
 * Running totals of one namespace: the size WeChat would count for each key, and their sum.
 * Built lazily by one scan on the namespace's first use, then kept current by every write here
 * and by `storage` events from other tabs — no write ever rescans.
 */
export interface Ledger {
  /** key → key.length + payload length, in insertion order (getStorageInfo's `keys`). */
  readonly sizes: Map<string, number>
  total: number
}

/** By namespace prefix. */
const ledgers = new Map<string, Ledger>()
const reported = new Set<string>()

export function ledgerFor(prefix: string): Ledger {
  let ledger = ledgers.get(prefix)
  if (!ledger) {
    const store = storageBackend()
    if (!ledgers.size) listenToOtherTabs()
    ledgers.set(prefix, ledger = { sizes: new Map(), total: 0 })
    for (const name of allNames(store)) {
      if (name.startsWith(prefix)) account(ledger, prefix, name, store.getItem(name)!)
    }
  }
  return ledger
}

/** Records the size of `key`; no size: the key is gone. */
export function setSize(ledger: Ledger, key: string, size?: number): void {
  ledger.total += (size ?? 0) - (ledger.sizes.get(key) ?? 0)
  if (size === undefined) ledger.sizes.delete(key)
  else ledger.sizes.set(key, size)
}

export function resetLedger(ledger: Ledger): void {
  ledger.sizes.clear()
  ledger.total = 0
}

/** Warns once per entry that sits inside a namespace but was not written by this runtime. */
export function reportCorrupt(name: string): void {
  if (reported.has(name)) return
  reported.add(name)
  console.warn(`[wx-h5] storage: ignoring the unreadable entry "${name}" (corrupted, or written by other code).`)
}

function account(ledger: Ledger, prefix: string, name: string, stored: string): void {
  const key = name.slice(prefix.length)
  const readable = decodeValue(stored) !== UNREADABLE
  setSize(ledger, key, readable ? entrySize(key, stored) : undefined)
  if (!readable) reportCorrupt(name)
}

/**
 * Another tab's localStorage writes arrive as `storage` events: keep the totals current.
 * (With the memory store no event is ours: their storageArea is localStorage.)
 */
function listenToOtherTabs(): void {
  if (typeof addEventListener !== 'function') return
  addEventListener('storage', ({ storageArea, key, newValue }: StorageEvent) => {
    if (storageArea !== storageBackend()) return
    for (const [prefix, ledger] of ledgers) {
      // A null key is localStorage.clear() elsewhere: every namespace is empty now.
      if (key === null) resetLedger(ledger)
      else if (key.startsWith(prefix)) {
        if (newValue === null) setSize(ledger, key.slice(prefix.length))
        else account(ledger, prefix, key, newValue)
      }
    }
  })
}
