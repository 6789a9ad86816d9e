import { config, onConfigure } from '../internal/config'
import { fail } from '../internal/fail'
import { readTempFile, releaseTempFile, setTempFileSource, tempFilePaths, tempFilesVersion } from '../internal/temp-files'
import { isLocal, isRoot, normalizePath } from './paths'
import { openDatabase, readAll, type StoredEntry, writeBatch } from './persist'
import { preloadBlob, readBlobSync } from './read-blob-sync'

declare module '../internal/config' {
  interface WxH5Config {
    /**
     * Bytes that `wxfile://usr` and saved files may hold together. Default 200 MB (the
     * FileSystemManager error table caps a file at 100 MB; WeChat's guide gives 200 MB in all).
     */
    fileSystemQuota?: number
  }
}

export const DEFAULT_QUOTA = 200 * 1024 * 1024

/**
 * The in-memory mirror of the file system. Every operation, sync or async, runs on it;
 * IndexedDB is loaded once (started by the first getFileSystemManager() or file API call)
 * and written behind. Sync calls made before the load completes see only what is in
 * memory; entries they changed win over the stored ones when the load lands. Async calls
 * wait for the load and report success only once their change is committed to IndexedDB;
 * a sync write is durable a moment later (the same task's batch).
 */
export interface Entry { dir: boolean, data: Uint8Array, ctime: number, mtime: number }

export const EMPTY = new Uint8Array(0)

let entries = new Map<string, Entry>()
let used = 0
let loading: Promise<void> | undefined
// Paths changed before the stored files were loaded (they win over the stored copies); undefined once loaded.
let touched: Set<string> | undefined = new Set()
let db: Promise<IDBDatabase | undefined> | undefined
let pending = new Map<string, StoredEntry | null>()
let scheduled = false
// The commit of the latest batch: IndexedDB runs readwrite transactions in order, so it
// settles after every earlier one.
let lastCommit: Promise<void> = Promise.resolve()
let watching = false
// The temp-file registry version whose wxfile:// entries we have absorbed.
let seen = -1
const blobs = new WeakMap<Entry, Blob>()

function reset(): void {
  entries = new Map()
  used = 0
  loading = db = undefined
  touched = new Set()
  seen = -1
}

/** Our files, as Blobs for other areas (uploadFile, media src): made once per version of a file. */
function blobFor(path: string): Blob | undefined {
  const entry = isLocal(path) ? entries.get(normalizePath(path)) : undefined
  if (!entry || entry.dir) return undefined
  let blob = blobs.get(entry)
  if (!blob) blobs.set(entry, blob = new Blob([entry.data as Uint8Array<ArrayBuffer>]))
  return blob
}

/** Starts loading the stored files (once per app + user); resolves when the mirror holds them. */
export function loadFileSystem(): Promise<void> {
  if (!watching) {
    watching = true
    setTempFileSource(blobFor)
    onConfigure((changed) => {
      if (!('appId' in changed || 'userId' in changed)) return
      void flushNow()
      reset()
    })
  }
  const opened = (db ??= openDatabase())
  return loading ??= opened.then(readAll).then((stored) => {
    if (db !== opened) return
    for (const { path, dir, data = EMPTY, ctime, mtime } of stored) {
      if (!touched!.has(path)) put(path, { dir, data, ctime, mtime })
    }
    touched = undefined
  }, (error: unknown) => {
    console.warn('[wx-h5] file system: stored files could not be read.', error)
    touched = undefined
  })
}

function put(path: string, entry: Entry | undefined): void {
  used += (entry?.data.length ?? 0) - (entries.get(path)?.data.length ?? 0)
  if (entry) entries.set(path, entry)
  else entries.delete(path)
}

export function getEntry(path: string): Entry | undefined {
  return entries.get(path) ?? (isRoot(path) ? { dir: true, data: EMPTY, ctime: 0, mtime: 0 } : undefined)
}

/** Changes one path (`undefined` deletes it) in the mirror and, a moment later, in IndexedDB. */
export function setEntry(path: string, entry?: Entry): void {
  touched?.add(path)
  put(path, entry)
  pending.set(path, entry ? { path, ...entry } : null)
  if (scheduled) return
  scheduled = true
  // Every change made in this task goes out in one transaction. (A microtask would give
  // code that awaits between sync writes one transaction per write: measured 25x slower.)
  lastCommit = new Promise<void>(resolve => setTimeout(resolve, 0)).then(flushNow)
}

function putFile(path: string, data: Uint8Array): void {
  const now = Date.now()
  setEntry(path, { dir: false, data, ctime: entries.get(path)?.ctime ?? now, mtime: now })
}

/** Stores a file's bytes, keeping its creation time; fails if its growth would pass the quota. */
export function writeBytes(path: string, data: Uint8Array): void {
  const growth = data.length - (entries.get(path)?.data.length ?? 0)
  if (growth > 0 && used + growth > (config.fileSystemQuota ?? DEFAULT_QUOTA))
    throw fail('the maximum size of the file storage limit is exceeded', 1300202)
  putFile(path, data)
}

/** Paths directly inside `dir`, or every path below it with `deep`. */
export function childrenOf(dir: string, deep?: boolean): string[] {
  const prefix = `${dir}/`
  return [...entries.keys()].filter(path => path.startsWith(prefix) && (deep || !path.slice(prefix.length).includes('/')))
}

/** Writes the pending batch now; resolves when IndexedDB has committed it. */
function flushNow(): Promise<void> {
  scheduled = false
  const batch = pending
  pending = new Map()
  return (db ?? openDatabase()).then(opened => writeBatch(opened, batch)).catch((error: unknown) => {
    console.error('[wx-h5] file system: a write could not be persisted.', error)
  })
}

/** Resolves once every change made so far is committed (what async APIs wait for). */
export const persisted = (): Promise<void> => lastCommit

/**
 * Files other areas put under `wxfile://usr` (downloadFile's `filePath`) join the mirror.
 * `prepare` reads them asynchronously first, so only sync APIs ever block on a read.
 */
function foreignFiles(): Array<[string, Blob]> {
  if (tempFilesVersion() === seen) return []
  return tempFilePaths().filter(isLocal).map(path => [path, readTempFile(path)!])
}

/** Moves files registered under our paths into the mirror (the registry then serves them from here). */
export function absorbForeignFiles(): void {
  for (const [path, blob] of foreignFiles()) {
    releaseTempFile(path)
    putFile(path, readBlobSync(blob))
  }
  seen = tempFilesVersion()
}

/**
 * What an async API awaits before running its synchronous core: the stored files, and the
 * bytes of foreign files and of any temp file named among `values`.
 */
export async function prepare(...values: unknown[]): Promise<void> {
  await loadFileSystem()
  const named = values.map(value => typeof value === 'string' && !isLocal(value) && readTempFile(value))
  await Promise.all([...foreignFiles().map(([, blob]) => blob), ...named].map(blob => blob && preloadBlob(blob)))
}
