import { fail } from '../internal/fail'
import { readTempFile, releaseTempFile } from '../internal/temp-files'
import { decode, encode } from './codec'
import { denied, ENOTEMPTY, exists, invalidArgument, isDirectory, noEntry, notDirectory, notExist, outOfRange } from './errors'
import { baseName, isLocal, isRoot, isStorePath, isUserPath, normalizePath, parentOf, STORE_PATH, writable } from './paths'
import { readBlobSync } from './read-blob-sync'
import { type Stats, toStats } from './stats'
import { childrenOf, EMPTY, type Entry, getEntry, setEntry, writeBytes } from './store'

/**
 * The file operations, synchronous over the in-memory mirror. Each takes the options of its
 * wx method and throws a WxFail with WeChat's reason and errno; the sync and async methods
 * are thin wrappers around them (file-system-manager.ts).
 */
export interface FileOptions {
  filePath: string
  path: string
  dirPath: string
  srcPath: string
  destPath: string
  oldPath: string
  newPath: string
  tempFilePath: string
  data: string | ArrayBuffer
  encoding?: string
  position?: number
  length?: number
  recursive?: boolean
}

/** The entry behind any readable path: our files, or a temp file (read-only). */
export function lookup(raw: string): Entry | undefined {
  const path = normalizePath(raw)
  if (isLocal(path)) return getEntry(path)
  const blob = readTempFile(raw)
  return blob && { dir: false, data: readBlobSync(blob), ctime: 0, mtime: 0 }
}

/** Fails unless the parent of `path` is a directory. */
function checkParent(path: string, context: string): void {
  const parent = getEntry(parentOf(path))
  if (!parent) throw noEntry(context)
  if (!parent.dir) throw notDirectory(context)
}

/** The checks before a file is written at `path` (normalized); returns what is there now. */
function checkTarget(path: string, context: string): Entry | undefined {
  const before = getEntry(path)
  if (before?.dir) throw isDirectory(context)
  if (!writable(path)) throw denied(context)
  checkParent(path, context)
  return before
}

/** `base` with `bytes` written over it at `at` (growing it as needed). */
export function overlay(base: Uint8Array, bytes: Uint8Array, at: number): Uint8Array {
  const next = new Uint8Array(Math.max(base.length, at + bytes.length))
  next.set(base)
  next.set(bytes, at)
  return next
}

export function readFile({ filePath, encoding, position = 0, length }: FileOptions): string | ArrayBuffer {
  const entry = lookup(filePath)
  const context = `, open ${filePath}`
  if (!entry) throw noEntry(context)
  if (entry.dir) throw isDirectory(context)
  const size = entry.data.length
  if (position < 0 || (position > 0 && position >= size)) throw outOfRange('position')
  const end = length === undefined ? size : position + length
  if (length !== undefined && (length < 1 || end > size)) throw outOfRange('length')
  return decode(entry.data.subarray(position, end), encoding)
}

export function writeFile({ filePath, data, encoding }: Pick<FileOptions, 'filePath' | 'data' | 'encoding'>, append?: boolean): void {
  const path = normalizePath(filePath)
  const context = `, open ${filePath}`
  const before = checkTarget(path, context)
  if (append && !before) throw noEntry(context)
  const bytes = encode(data, encoding)
  writeBytes(path, before && append ? overlay(before.data, bytes, before.data.length) : bytes)
}

export function unlink({ filePath }: FileOptions): void {
  const path = normalizePath(filePath)
  if (!isLocal(path) || isRoot(path)) throw denied(`, open ${filePath}`)
  const entry = getEntry(path)
  if (!entry) throw noEntry(` ${filePath}`)
  if (entry.dir) throw fail(`operation not permitted, unlink ${filePath}`, 1300001)
  setEntry(path)
}

export function mkdir({ dirPath, recursive }: Pick<FileOptions, 'dirPath' | 'recursive'>): void {
  const path = normalizePath(dirPath)
  if (!isUserPath(path)) throw denied(`, open ${dirPath}`)
  const existing = getEntry(path)
  // Like Node, a recursive mkdir of an existing directory succeeds.
  if (existing && !(recursive && existing.dir)) throw exists(dirPath)
  if (existing) return
  const missing: string[] = []
  for (let dir = path; !getEntry(dir); dir = parentOf(dir)) missing.unshift(dir)
  if (!getEntry(parentOf(missing[0]))!.dir) throw notDirectory(` ${dirPath}`)
  if (missing.length > 1 && !recursive) throw noEntry(` ${dirPath}`)
  const now = Date.now()
  for (const dir of missing) setEntry(dir, { dir: true, data: EMPTY, ctime: now, mtime: now })
}

/** The directory at `dirPath`, or the wx failure when it is missing or a file. */
function directory(dirPath: string): string {
  const path = normalizePath(dirPath)
  const entry = isLocal(path) ? getEntry(path) : undefined
  if (!entry) throw noEntry(` ${dirPath}`)
  if (!entry.dir) throw notDirectory(` ${dirPath}`)
  return path
}

export function rmdir({ dirPath, recursive }: FileOptions): void {
  if (!writable(normalizePath(dirPath))) throw denied(`, open ${dirPath}`)
  const path = directory(dirPath)
  const below = childrenOf(path, true)
  if (below.length && !recursive) throw fail('directory not empty', ENOTEMPTY)
  for (const child of [...below, path]) setEntry(child)
}

export function readdir({ dirPath }: FileOptions): string[] {
  return childrenOf(directory(dirPath)).map(baseName)
}

/** Stats of a path; with `recursive` on a directory, every entry below it (paths relative, `/` first). */
export function stat({ path: raw, recursive }: Pick<FileOptions, 'path' | 'recursive'>): Stats | Array<{ path: string, stats: Stats }> {
  const entry = lookup(raw)
  if (!entry) throw noEntry(` ${raw}`)
  if (!recursive || !entry.dir) return toStats(entry)
  const path = normalizePath(raw)
  const list = [{ path: '/', stats: toStats(entry) }]
  for (const child of childrenOf(path, true).sort()) list.push({ path: child.slice(path.length), stats: toStats(getEntry(child)!) })
  return list
}

export function access({ path }: FileOptions): void {
  if (!lookup(path)) throw noEntry(` ${path}`)
}

export function copyFile({ srcPath, destPath }: FileOptions): void {
  const context = `, copyFile ${srcPath} -> ${destPath}`
  const source = lookup(srcPath)
  if (!source) throw noEntry(context)
  if (source.dir) throw isDirectory(context)
  const dest = normalizePath(destPath)
  checkTarget(dest, context)
  // Stored bytes are never changed in place, so the copy can share them.
  writeBytes(dest, source.data)
}

export function rename({ oldPath, newPath }: FileOptions): void {
  const context = `, rename ${oldPath} -> ${newPath}`
  const from = normalizePath(oldPath)
  const to = normalizePath(newPath)
  if (!isLocal(from) || isRoot(from) || !writable(to)) throw denied(context)
  const entry = getEntry(from)
  if (!entry) throw noEntry(context)
  checkParent(to, context)
  if (from === to) return
  if (entry.dir && to.startsWith(`${from}/`)) throw invalidArgument(context)
  const target = getEntry(to)
  if (target && target.dir !== entry.dir) throw (target.dir ? isDirectory : notDirectory)(context)
  if (target?.dir && childrenOf(to).length) throw fail(`directory not empty${context}`, ENOTEMPTY)
  for (const path of [from, ...childrenOf(from, true)]) {
    const moved = getEntry(path)
    setEntry(path)
    setEntry(to + path.slice(from.length), moved)
  }
}

let counter = 0

function extensionOf(path: string): string {
  const fromPath = /\.\w{1,8}$/.exec(path.replace(/[?#].*$/, ''))?.[0]
  if (fromPath && !path.startsWith('blob:')) return fromPath
  const subtype = readTempFile(path)?.type.split('/')[1]?.split(/[;+]/)[0]
  return subtype ? `.${({ jpeg: 'jpg', plain: 'txt' } as Record<string, string>)[subtype] ?? subtype}` : ''
}

/** Keeps a temp file: under `filePath` when given, else in the saved-file store. Returns where. */
export function saveFile({ tempFilePath, filePath }: Pick<FileOptions, 'tempFilePath'> & { filePath?: string }): string {
  const source = lookup(tempFilePath)
  if (!source || source.dir) throw fail('tempFilePath file not exist', 1301112)
  const dest = filePath === undefined
    ? `${STORE_PATH}/${Date.now().toString(36)}${(counter++).toString(36)}${extensionOf(tempFilePath)}`
    : normalizePath(filePath)
  if (filePath !== undefined) checkTarget(dest, `, open ${filePath}`)
  writeBytes(dest, source.data)
  // WeChat moves the temp file: its path stops working (files under wxfile://usr stay).
  if (!isLocal(normalizePath(tempFilePath))) releaseTempFile(tempFilePath)
  return filePath ?? dest
}

export interface SavedFile { filePath: string, size: number, createTime: number }

const savedInfo = (filePath: string, entry: Entry): SavedFile => ({ filePath, size: entry.data.length, createTime: Math.floor(entry.ctime / 1000) })

export function savedFiles(): SavedFile[] {
  return childrenOf(STORE_PATH).map(path => savedInfo(path, getEntry(path)!))
}

export function savedFile(filePath: string): SavedFile {
  const path = normalizePath(filePath)
  const entry = isStorePath(path) ? getEntry(path) : undefined
  if (!entry || entry.dir) throw notExist()
  return savedInfo(path, entry)
}

export function removeSavedFile({ filePath }: FileOptions): void {
  setEntry(savedFile(filePath).filePath)
}

/** The bytes of any readable file, for getFileInfo / uploads. */
export function fileBytes(filePath: string): Uint8Array {
  const entry = lookup(filePath)
  if (!entry || entry.dir) throw notExist()
  return entry.data
}
