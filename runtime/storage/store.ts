import { fail } from '../internal/fail'
import { allNames, isQuotaError, storageBackend } from './backend'
import { decodeValue, entrySize } from './codec'
import type { Ledger } from './ledger'
import { dropKey, ledgerFor, reportCorrupt, resetLedger, setSize } from './ledger'
import { namespacePrefix } from './namespace'

/** WeChat's "MB" is 1024 × 1024 characters (the client compares String.length with 0x100000). */
export const MB = 1024 * 1024
export const ENTRY_LIMIT = MB
export const TOTAL_LIMIT = 10 * MB
/** encrypt: true — "0.7 MB per key" (ciphertext is ~1.4× the plain text). */
export const ENCRYPTED_ENTRY_LIMIT = Math.floor(0.7 * MB)
/** getStorageInfo's `limitSize`, in KB. */
export const LIMIT_SIZE_KB = TOTAL_LIMIT / 1024

/** Observed client wording: glued with a colon (`setStorage:fail:entry size limit reached`). */
export const ENTRY_TOO_LARGE = ':entry size limit reached'
/** Observed wording for the 10 MB quota (`setStorageSync:fail exceed storage max size 10Mb`). */
export const QUOTA_EXCEEDED = 'exceed storage max size 10Mb'

export interface PendingEntry {
  key: string
  /** Tag + payload, exactly what goes into localStorage. */
  stored: string
  /** What the per-key limit is checked against (the plain size for encrypted entries). */
  checkedSize: number
  entryLimit: number
}

export function pendingEntry(key: string, stored: string, entryLimit = ENTRY_LIMIT, checkedSize = entrySize(key, stored)): PendingEntry {
  return { key, stored, checkedSize, entryLimit }
}

/**
 * Writes entries all or nothing: per-key limit, then the namespace quota on the running
 * totals, then localStorage. A browser QuotaExceededError (Chromium: 5 Mi characters per
 * origin, below WeChat's 10 MB) fails the same wx way; every key keeps its previous value.
 */
/** The per-key checks. An empty key fails bare (`setStorage:fail`), as the client does. */
export function checkEntry(entry: PendingEntry): void {
  if (entry.key === '') throw fail()
  if (entry.checkedSize > entry.entryLimit) throw fail(ENTRY_TOO_LARGE)
}

export function writeEntries(entries: PendingEntry[]): void {
  for (const entry of entries) checkEntry(entry)
  const prefix = namespacePrefix()
  const ledger = ledgerFor(prefix)
  if (projectedTotal(ledger, entries) > TOTAL_LIMIT) throw fail(QUOTA_EXCEEDED)
  const store = storageBackend()
  if (entries.length === 1) {
    const { key, stored } = entries[0]
    try {
      store.setItem(prefix + key, stored)
    }
    catch (error) {
      throw browserFailure(error)
    }
    setSize(ledger, key, entrySize(key, stored))
    return
  }
  const previous = new Map<string, string | null>()
  try {
    for (const { key, stored } of entries) {
      if (!previous.has(key)) previous.set(key, store.getItem(prefix + key))
      store.setItem(prefix + key, stored)
    }
  }
  catch (error) {
    rollBack(prefix, previous)
    throw browserFailure(error)
  }
  for (const { key, stored } of entries) setSize(ledger, key, entrySize(key, stored))
}

function projectedTotal(ledger: Ledger, entries: PendingEntry[]): number {
  if (entries.length === 1) {
    const { key, stored } = entries[0]
    return ledger.total - (ledger.sizes.get(key) ?? 0) + entrySize(key, stored)
  }
  const last = new Map<string, number>()
  for (const { key, stored } of entries) last.set(key, entrySize(key, stored))
  let total = ledger.total
  for (const [key, size] of last) total += size - (ledger.sizes.get(key) ?? 0)
  return total
}

function rollBack(prefix: string, previous: Map<string, string | null>): void {
  const store = storageBackend()
  for (const [key, stored] of previous) {
    try {
      if (stored === null) store.removeItem(prefix + key)
      else store.setItem(prefix + key, stored)
    }
    catch {
      // Restoring an old value never needs more room than the failed batch had taken.
    }
  }
}

function browserFailure(error: unknown): Error {
  if (isQuotaError(error)) return fail(QUOTA_EXCEEDED)
  return fail(error instanceof Error ? error.message : String(error))
}

export type ReadResult = { found: true, value: unknown, stored: string } | { found: false }

const MISSING: ReadResult = { found: false }

/** Reads always go to the store itself, so other tabs' writes are seen immediately. */
export function readEntry(key: string): ReadResult {
  const name = namespacePrefix() + key
  const stored = storageBackend().getItem(name)
  if (stored === null) return MISSING
  const decoded = decodeValue(stored)
  if (!decoded.ok) {
    reportCorrupt(name)
    return MISSING
  }
  return { found: true, value: decoded.value, stored }
}

export function removeEntry(key: string): void {
  const prefix = namespacePrefix()
  storageBackend().removeItem(prefix + key)
  dropKey(ledgerFor(prefix), key)
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
  return { keys: [...ledger.sizes.keys()], currentSize: Math.ceil(ledger.total / 1024), limitSize: LIMIT_SIZE_KB }
}
