import { allNames, storageBackend, usesMemoryFallback } from './backend'
import { decodeValue, entrySize } from './codec'

/**
 * Running totals of one namespace: the size WeChat would count for each key, and their sum.
 * Built lazily by one scan on the namespace's first use, then kept current by every write here
 * and by `storage` events from other tabs — no write ever rescans.
 */
export interface Ledger {
  readonly prefix: string
  /** key → key.length + payload length, in insertion order (getStorageInfo's `keys`). */
  readonly sizes: Map<string, number>
  total: number
}

const ledgers = new Map<string, Ledger>()
const reported = new Set<string>()
let listening = false

export function ledgerFor(prefix: string): Ledger {
  let ledger = ledgers.get(prefix)
  if (!ledger) {
    ledger = build(prefix)
    ledgers.set(prefix, ledger)
    listenToOtherTabs()
  }
  return ledger
}

export function setSize(ledger: Ledger, key: string, size: number): void {
  ledger.total += size - (ledger.sizes.get(key) ?? 0)
  ledger.sizes.set(key, size)
}

export function dropKey(ledger: Ledger, key: string): void {
  const size = ledger.sizes.get(key)
  if (size === undefined) return
  ledger.total -= size
  ledger.sizes.delete(key)
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

function build(prefix: string): Ledger {
  const store = storageBackend()
  const ledger: Ledger = { prefix, sizes: new Map(), total: 0 }
  for (const name of allNames(store)) {
    if (!name.startsWith(prefix)) continue
    const stored = store.getItem(name)
    if (stored !== null) account(ledger, name, stored)
  }
  return ledger
}

function account(ledger: Ledger, name: string, stored: string): void {
  const key = name.slice(ledger.prefix.length)
  if (decodeValue(stored).ok) {
    setSize(ledger, key, entrySize(key, stored))
  }
  else {
    dropKey(ledger, key)
    reportCorrupt(name)
  }
}

/** Another tab's localStorage writes arrive as `storage` events: keep the totals current. */
function listenToOtherTabs(): void {
  if (listening || usesMemoryFallback() || typeof addEventListener !== 'function') return
  listening = true
  addEventListener('storage', (event: StorageEvent) => {
    if (event.storageArea !== storageBackend()) return
    if (event.key === null) {
      // localStorage.clear() elsewhere: every namespace is empty now.
      for (const ledger of ledgers.values()) resetLedger(ledger)
      return
    }
    for (const ledger of ledgers.values()) {
      if (!event.key.startsWith(ledger.prefix)) continue
      if (event.newValue === null) dropKey(ledger, event.key.slice(ledger.prefix.length))
      else account(ledger, event.key, event.newValue)
    }
  })
}
