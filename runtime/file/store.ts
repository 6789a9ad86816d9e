import { config, onConfigure } from '../internal/config'
import { readTempFile, releaseTempFile, setTempFileSource, tempFilePaths, tempFilesVersion } from '../internal/temp-files'
import { quotaExceeded } from './errors'
import { isRoot, isStorePath, isUserPath, normalizePath } from './paths'
import { databaseName, openDatabase, readAll, type StoredEntry, writeBatch } from './persist'
import { cacheBlobBytes, preloadBlob, readBlobSync } from './read-blob-sync'

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

let entries = new Map<string, Entry>()
let used = 0
let loading: Promise<void> | undefined
let loaded = false
let touched = new Set<string>()
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

const EMPTY = new Uint8Array(0)

function reset(): void {
  entries = new Map()
  used = 0
  loading = undefined
  loaded = false
  touched = new Set()
  db = undefined
  seen = -1
}

/** Our files, as Blobs for other areas (uploadFile, media src): made once per version of a file. */
function blobFor(path: string): Blob | undefined {
  if (!isUserPath(path) && !isStorePath(path)) return undefined
  const entry = entries.get(normalizePath(path))
  if (!entry || entry.dir) return undefined
  let blob = blobs.get(entry)
  if (!blob) {
    blob = new Blob([entry.data as Uint8Array<ArrayBuffer>])
    cacheBlobBytes(blob, entry.data)
    blobs.set(entry, blob)
  }
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
  if (loading) return loading
  const opened = (db = openDatabase(databaseName()))
  loading = opened.then(readAll).then((stored) => {
    if (db !== opened) return
    for (const { path, dir, data, ctime, mtime } of stored) {
      if (touched.has(path)) continue
      put(path, { dir, data: data ?? EMPTY, ctime, mtime }, false)
    }
    loaded = true
    touched.clear()
  }, (error: unknown) => {
    console.warn('[wx-h5] file system: stored files could not be read.', error)
    loaded = true
  })
  return loading
}

function quota(): number {
  return config.fileSystemQuota ?? DEFAULT_QUOTA
}

/** Throws the wx quota failure when `delta` more bytes would pass the limit. */
export function reserve(delta: number): void {
  if (delta > 0 && used + delta > quota()) throw quotaExceeded()
}

export function usedBytes(): number {
  return used
}

function put(path: string, entry: Entry, persist: boolean): void {
  const before = entries.get(path)
  used += entry.data.length - (before?.data.length ?? 0)
  entries.set(path, entry)
  if (persist) schedule(path, { path, ...entry })
}

export function getEntry(path: string): Entry | undefined {
  if (isRoot(path)) return entries.get(path) ?? { dir: true, data: EMPTY, ctime: 0, mtime: 0 }
  return entries.get(path)
}

export function setEntry(path: string, entry: Entry): void {
  if (!loaded) touched.add(path)
  put(path, entry, true)
}

export function deleteEntry(path: string): void {
  const before = entries.get(path)
  if (!before) return
  if (!loaded) touched.add(path)
  used -= before.data.length
  entries.delete(path)
  schedule(path, null)
}

/** Paths directly inside `dir`, or every path below it with `deep`. */
export function childrenOf(dir: string, deep = false): string[] {
  const prefix = `${dir}/`
  const out: string[] = []
  for (const path of entries.keys()) {
    if (path.startsWith(prefix) && (deep || !path.slice(prefix.length).includes('/'))) out.push(path)
  }
  return out
}

function schedule(path: string, entry: StoredEntry | null): void {
  pending.set(path, entry)
  if (scheduled) return
  scheduled = true
  // Every change made in this task goes out in one transaction. (A microtask would give
  // code that awaits between sync writes one transaction per write: measured 25x slower.)
  lastCommit = new Promise<void>(resolve => setTimeout(resolve, 0)).then(flushNow)
}

/** Writes the pending batch now; resolves when IndexedDB has committed it. */
function flushNow(): Promise<void> {
  scheduled = false
  const batch = pending
  pending = new Map()
  const target = db ?? openDatabase(databaseName())
  return target.then(d => writeBatch(d, batch)).catch((error: unknown) => {
    console.error('[wx-h5] file system: a write could not be persisted.', error)
  })
}

/** Resolves once every change made so far is committed (what async APIs wait for). */
export function persisted(): Promise<void> {
  return lastCommit
}

/**
 * Files other areas put under `wxfile://usr` (downloadFile's `filePath`) join the mirror.
 * `prepare` reads them asynchronously first, so only sync APIs ever block on a read.
 */
function foreignFiles(): Array<[string, Blob]> {
  const out: Array<[string, Blob]> = []
  if (tempFilesVersion() === seen) return out
  for (const path of tempFilePaths()) {
    if (!isUserPath(path) && !isStorePath(path)) continue
    const blob = readTempFile(path)
    if (blob) out.push([path, blob])
  }
  return out
}

/** Moves files registered under our paths into the mirror (the registry then serves them from here). */
export function absorbForeignFiles(): void {
  const found = foreignFiles()
  for (const [path, blob] of found) {
    releaseTempFile(path)
    const now = Date.now()
    const before = entries.get(path)
    const data = readBlobSync(blob)
    if (!loaded) touched.add(path)
    used += data.length - (before?.data.length ?? 0)
    entries.set(path, { dir: false, data, ctime: before?.ctime ?? now, mtime: now })
    schedule(path, { path, dir: false, data, ctime: before?.ctime ?? now, mtime: now })
  }
  seen = tempFilesVersion()
}

/** What an async API awaits before running its synchronous core. */
export async function prepare(...paths: Array<string | undefined>): Promise<void> {
  await loadFileSystem()
  await Promise.all(foreignFiles().map(([, blob]) => preloadBlob(blob)))
  await Promise.all(paths.map((path) => {
    const blob = path === undefined || isUserPath(path) || isStorePath(path) ? undefined : readTempFile(path)
    return blob && preloadBlob(blob)
  }))
}
