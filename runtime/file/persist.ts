import { config } from '../internal/config'

/**
 * IndexedDB persistence of the file system: one database per app and user
 * (`wxh5-fs:<appId>:<userId>`), one record per file or directory, keyed by path.
 * Writes are batched: every change made in one task goes out in one transaction.
 */
export interface StoredEntry { path: string, dir: boolean, data?: Uint8Array, ctime: number, mtime: number }

const STORE = 'entries'

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

/** The current app and user's database, or undefined where IndexedDB is missing or refuses to open (memory only). */
export function openDatabase(): Promise<IDBDatabase | undefined> {
  if (typeof indexedDB === 'undefined') return Promise.resolve(undefined)
  const id = (value?: string): string => (value === undefined ? '@' : encodeURIComponent(value))
  const req = indexedDB.open(`wxh5-fs:${id(config.appId)}:${id(config.userId)}`, 1)
  req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'path' })
  return request(req).catch((error: unknown) => {
    console.warn('[wx-h5] file system: IndexedDB unavailable, files are kept in memory only.', error)
    return undefined
  })
}

export async function readAll(db: IDBDatabase | undefined): Promise<StoredEntry[]> {
  return db ? request(db.transaction(STORE).objectStore(STORE).getAll()) : []
}

/** Writes one batch (`null` deletes) in one transaction; resolves when it is committed. */
export function writeBatch(db: IDBDatabase | undefined, batch: Map<string, StoredEntry | null>): Promise<void> | void {
  if (db && batch.size) {
    return new Promise((resolve, reject) => {
      const tx = db.transaction(STORE, 'readwrite')
      const store = tx.objectStore(STORE)
      for (const [path, entry] of batch) {
        if (entry) store.put(entry)
        else store.delete(path)
      }
      tx.oncomplete = () => resolve()
      tx.onerror = tx.onabort = () => reject(tx.error)
    })
  }
}
