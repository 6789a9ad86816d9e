import { fail } from '../internal/fail'
import { allNames, isQuotaError, storageBackend } from './backend'
import { decodeValue, entrySize, UNREADABLE } from './codec'
import { ledgerFor, reportCorrupt, resetLedger, setSize } from './ledger'
import { namespacePrefix } from './namespace'

/** WeChat's "MB" is 1024 × 1024 characters (the client compares String.length with 0x100000). */
const MB = 1024 * 1024
const TOTAL_LIMIT = 10 * MB
/** encrypt: true — "0.7 MB per key" (ciphertext is ~1.4× the plain text). */
export const ENCRYPTED_ENTRY_LIMIT = Math.floor(0.7 * MB)

/** Observed wording for the 10 MB quota (`setStorageSync:fail exceed storage max size 10Mb`). */
const QUOTA_EXCEEDED = 'exceed storage max size 10Mb'

/** A key and its stored text (tag + payload, exactly what goes into localStorage). */
export type Entry = [key: string, stored: string]

/**
 * The per-key checks, on WeChat's count (the plain size for encrypted entries). An empty key
 * fails bare (`setStorage:fail`), as the client does; an oversized entry with the client's
 * wording, glued with a colon (`setStorage:fail:entry size limit reached`).
 */
export function checkEntry(key: string, size: number, limit = MB): void {
  if (key === '') throw fail()
  if (size > limit) throw fail(':entry size limit reached')
}

/** Checks every entry against the per-key limit, then writes them (see writeEntries). */
export function setEntries(entries: Entry[]): void {
  for (const [key, stored] of entries) checkEntry(key, entrySize(key, stored))
  writeEntries(entries)
}

/**
 * Writes entries all or nothing: the namespace quota on the running totals, then localStorage.
 * A browser QuotaExceededError (Chromium: 5 Mi characters per origin, below WeChat's 10 MB)
 * fails the same wx way; every key keeps its previous value and size.
 */
export function writeEntries(entries: Entry[]): void {
  const prefix = namespacePrefix()
  const ledger = ledgerFor(prefix)
  const store = storageBackend()
  // What to put back on failure: each key's size and, in a batch, its stored text
  // (a single refused write leaves the store as it was).
  const previous = new Map<string, [size: number | undefined, stored?: string | null]>()
  try {
    for (const [key, stored] of entries) {
      if (!previous.has(key)) previous.set(key, [ledger.sizes.get(key), entries.length > 1 ? store.getItem(prefix + key) : undefined])
      setSize(ledger, key, entrySize(key, stored))
    }
    // The total now counts the last value of each key.
    if (ledger.total > TOTAL_LIMIT) throw fail(QUOTA_EXCEEDED)
    for (const [key, stored] of entries) store.setItem(prefix + key, stored)
  }
  catch (error) {
    for (const [key, [size, stored]] of previous) {
      setSize(ledger, key, size)
      try {
        if (stored === null) store.removeItem(prefix + key)
        else if (stored !== undefined) store.setItem(prefix + key, stored)
      }
      catch {
        // Restoring an old value never needs more room than the failed batch had taken.
      }
    }
    // Any other browser error fails with its own message.
    throw isQuotaError(error) ? fail(QUOTA_EXCEEDED) : error
  }
}

/**
 * The value of `key` and its stored text, or undefined when it is missing or unreadable.
 * Reads always go to the store itself, so other tabs' writes are seen immediately.
 */
export function readEntry(key: string): { value: unknown, stored: string } | undefined {
  const name = namespacePrefix() + key
  const stored = storageBackend().getItem(name)
  if (stored === null) return
  const value = decodeValue(stored)
  if (value !== UNREADABLE) return { value, stored }
  reportCorrupt(name)
}

export function removeEntry(key: string): void {
  const prefix = namespacePrefix()
  storageBackend().removeItem(prefix + key)
  setSize(ledgerFor(prefix), key)
}

/** Removes this namespace's entries only: other apps, other users and the page's own keys stay. */
export function clearNamespace(): void {
  const prefix = namespacePrefix()
  const store = storageBackend()
  // A full scan, not the ledger: it must also catch entries another tab added a moment ago.
  for (const name of allNames(store)) {
    if (name.startsWith(prefix)) store.removeItem(name)
  }
  resetLedger(ledgerFor(prefix))
}

export interface StorageInfo { keys: string[], currentSize: number, limitSize: number }

/** Sizes in KB (1 KB = 1024 counted characters); currentSize rounds up, so any data shows as at least 1. */
export function storageInfo(): StorageInfo {
  const ledger = ledgerFor(namespacePrefix())
  return { keys: [...ledger.sizes.keys()], currentSize: Math.ceil(ledger.total / 1024), limitSize: TOTAL_LIMIT / 1024 }
}
