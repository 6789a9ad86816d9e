import { fail } from '../internal/fail'
import { readTempFile, releaseTempFile } from '../internal/temp-files'
import { decode, encode } from './codec'
import { EACCES, EEXIST, EINVAL, EISDIR_OP, ENOENT, ENOTDIR, ENOTEMP, ENOTEMPTY, EPERM, noEntry } from './errors'
import { baseName, isRoot, isStorePath, isUserPath, normalizePath, parentOf, STORE_PATH } from './paths'
import { readBlobSync } from './read-blob-sync'
import { toStats, type Stats } from './stats'
import { absorbForeignFiles, childrenOf, deleteEntry, type Entry, getEntry, reserve, setEntry } from './store'

/**
 * The file operations, synchronous over the in-memory mirror. Each throws a WxFail with
 * WeChat's reason and errno; the sync and async APIs are thin wrappers around them.
 */
const EMPTY = new Uint8Array(0)

function local(path: string): boolean {
  return isUserPath(path) || isStorePath(path)
}

/** The entry behind any readable path: our files, or a temp file (read-only). */
function lookup(raw: string): Entry | undefined {
  absorbForeignFiles()
  const path = normalizePath(raw)
  if (local(path)) return getEntry(path)
  const blob = readTempFile(raw)
  if (!blob) return undefined
  return { dir: false, data: readBlobSync(blob), ctime: 0, mtime: 0 }
}

function writable(path: string): boolean {
  return isUserPath(path) && !isRoot(path)
}

/** The parent directory of a target, or the wx failure when it is missing or a file. */
function requireParent(path: string, missing: () => never, notDir: () => never): void {
  const parent = getEntry(parentOf(path))
  if (!parent) missing()
  if (!parent.dir) notDir()
}

export interface ReadOptions { filePath: string, encoding?: string, position?: number, length?: number }

export function readFile({ filePath, encoding, position, length }: ReadOptions): string | ArrayBuffer {
  const entry = lookup(filePath)
  if (!entry) throw noEntry(`, open ${filePath}`)
  if (entry.dir) throw fail(`illegal operation on a directory, open ${filePath}`, EISDIR_OP)
  const size = entry.data.length
  const start = position ?? 0
  if (start < 0 || (start > 0 && start >= size)) throw fail('value of position is out of range', 1301009)
  const end = length === undefined ? size : start + length
  if (length !== undefined && (length < 1 || end > size)) throw fail('value of length is out of range', 1301006)
  return decode(entry.data.subarray(start, end), encoding)
}

export interface WriteOptions { filePath: string, data: unknown, encoding?: string }

export function writeFile({ filePath, data, encoding }: WriteOptions, append = false): void {
  const path = normalizePath(filePath)
  if (isRoot(path) || (local(path) && getEntry(path)?.dir)) throw fail(`illegal operation on a directory, open ${filePath}`, EISDIR_OP)
  if (!writable(path)) throw fail(`permission denied, open ${filePath}`, EACCES)
  requireParent(path, () => { throw noEntry(`, open ${filePath}`) }, () => { throw fail(`not a directory, open ${filePath}`, ENOTDIR) })
  const before = getEntry(path)
  if (append && !before) throw noEntry(`, open ${filePath}`)
  const bytes = encode(data, encoding)
  let next = bytes
  if (append && before) {
    next = new Uint8Array(before.data.length + bytes.length)
    next.set(before.data)
    next.set(bytes, before.data.length)
  }
  reserve(next.length - (before?.data.length ?? 0))
  const now = Date.now()
  setEntry(path, { dir: false, data: next, ctime: before?.ctime ?? now, mtime: now })
}

export function unlink(filePath: string): void {
  const path = normalizePath(filePath)
  if (!local(path) || isRoot(path)) throw fail(`permission denied, open ${filePath}`, EACCES)
  const entry = lookup(path)
  if (!entry) throw noEntry(` ${filePath}`)
  if (entry.dir) throw fail(`operation not permitted, unlink ${filePath}`, EPERM)
  deleteEntry(path)
}

export function mkdir(dirPath: string, recursive = false): void {
  const path = normalizePath(dirPath)
  if (!isUserPath(path)) throw fail(`permission denied, open ${dirPath}`, EACCES)
  absorbForeignFiles()
  const existing = getEntry(path)
  // Like Node, a recursive mkdir of an existing directory succeeds.
  if (existing && !(recursive && existing.dir)) throw fail(`file already exists ${dirPath}`, EEXIST)
  if (existing) return
  const missing: string[] = []
  for (let dir = path; !getEntry(dir); dir = parentOf(dir)) missing.unshift(dir)
  if (!getEntry(parentOf(missing[0]))!.dir) throw fail(`not a directory ${dirPath}`, ENOTDIR)
  if (missing.length > 1 && !recursive) throw noEntry(` ${dirPath}`)
  const now = Date.now()
  for (const dir of missing) setEntry(dir, { dir: true, data: EMPTY, ctime: now, mtime: now })
}

export function rmdir(dirPath: string, recursive = false): void {
  const path = normalizePath(dirPath)
  if (!writable(path)) throw fail(`permission denied, open ${dirPath}`, EACCES)
  const entry = lookup(path)
  if (!entry) throw noEntry(` ${dirPath}`)
  if (!entry.dir) throw fail(`not a directory ${dirPath}`, ENOTDIR)
  const below = childrenOf(path, true)
  if (below.length && !recursive) throw fail('directory not empty', ENOTEMPTY)
  for (const child of below) deleteEntry(child)
  deleteEntry(path)
}

export function readdir(dirPath: string): string[] {
  const path = normalizePath(dirPath)
  const entry = local(path) ? lookup(path) : undefined
  if (!entry) throw noEntry(` ${dirPath}`)
  if (!entry.dir) throw fail(`not a directory ${dirPath}`, ENOTDIR)
  return childrenOf(path).map(baseName)
}

export interface FileStats { path: string, stats: Stats }

/** Stats of a path; with `recursive` on a directory, every entry below it (paths relative, `/` first). */
export function stat(rawPath: string, recursive = false): Stats | FileStats[] {
  const entry = lookup(rawPath)
  if (!entry) throw noEntry(` ${rawPath}`)
  if (!recursive || !entry.dir) return toStats(entry)
  const path = normalizePath(rawPath)
  const list: FileStats[] = [{ path: '/', stats: toStats(entry) }]
  for (const child of childrenOf(path, true).sort()) list.push({ path: child.slice(path.length), stats: toStats(getEntry(child)!) })
  return list
}

export function access(path: string): void {
  if (!lookup(path)) throw noEntry(` ${path}`)
}

export function copyFile(srcPath: string, destPath: string): void {
  const reason = `copyFile ${srcPath} -> ${destPath}`
  const source = lookup(srcPath)
  if (!source) throw noEntry(`, ${reason}`)
  if (source.dir) throw fail(`illegal operation on a directory, ${reason}`, EISDIR_OP)
  const dest = normalizePath(destPath)
  if (getEntry(dest)?.dir) throw fail(`illegal operation on a directory, ${reason}`, EISDIR_OP)
  if (!writable(dest)) throw fail(`permission denied, ${reason}`, EACCES)
  requireParent(dest, () => { throw noEntry(`, ${reason}`) }, () => { throw fail(`not a directory, ${reason}`, ENOTDIR) })
  const before = getEntry(dest)
  reserve(source.data.length - (before?.data.length ?? 0))
  const now = Date.now()
  setEntry(dest, { dir: false, data: source.data.slice(), ctime: before?.ctime ?? now, mtime: now })
}

export function rename(oldPath: string, newPath: string): void {
  const reason = `rename ${oldPath} -> ${newPath}`
  const from = normalizePath(oldPath)
  const to = normalizePath(newPath)
  if (!local(from) || isRoot(from) || !writable(to)) throw fail(`permission denied, ${reason}`, EACCES)
  const entry = lookup(from)
  if (!entry) throw noEntry(`, ${reason}`)
  requireParent(to, () => { throw noEntry(`, ${reason}`) }, () => { throw fail(`not a directory, ${reason}`, ENOTDIR) })
  if (from === to) return
  if (entry.dir && to.startsWith(`${from}/`)) throw fail(`Invalid argument, ${reason}`, EINVAL)
  const target = getEntry(to)
  if (target?.dir && !entry.dir) throw fail(`illegal operation on a directory, ${reason}`, EISDIR_OP)
  if (target && !target.dir && entry.dir) throw fail(`not a directory, ${reason}`, ENOTDIR)
  if (target?.dir && childrenOf(to).length) throw fail(`directory not empty, ${reason}`, ENOTEMPTY)
  const moves = [from, ...childrenOf(from, true)]
  for (const path of moves) {
    const moved = getEntry(path)!
    deleteEntry(path)
    setEntry(to + path.slice(from.length), moved)
  }
}

let counter = 0

function extensionOf(path: string, blob: Blob | undefined): string {
  const fromPath = /\.[\w]{1,8}$/.exec(path.replace(/[?#].*$/, ''))?.[0]
  if (fromPath && !path.startsWith('blob:')) return fromPath
  const subtype = blob?.type.split('/')[1]?.split(/[;+]/)[0]
  return subtype ? `.${({ jpeg: 'jpg', plain: 'txt' } as Record<string, string>)[subtype] ?? subtype}` : ''
}

/** Keeps a temp file: under `filePath` when given, else in the saved-file store. Returns where. */
export function saveFile(tempFilePath: string, filePath?: string): string {
  const source = lookup(tempFilePath)
  if (!source || source.dir) throw fail('tempFilePath file not exist', ENOTEMP)
  let dest: string
  if (filePath !== undefined) {
    dest = normalizePath(filePath)
    if (getEntry(dest)?.dir) throw fail(`illegal operation on a directory, open ${filePath}`, EISDIR_OP)
    if (!writable(dest)) throw fail(`permission denied, open ${filePath}`, EACCES)
    requireParent(dest, () => { throw noEntry(`, open ${filePath}`) }, () => { throw fail(`not a directory, open ${filePath}`, ENOTDIR) })
  }
  else {
    dest = `${STORE_PATH}/${Date.now().toString(36)}${(counter++).toString(36)}${extensionOf(tempFilePath, readTempFile(tempFilePath))}`
  }
  const before = getEntry(dest)
  reserve(source.data.length - (before?.data.length ?? 0))
  const now = Date.now()
  setEntry(dest, { dir: false, data: source.data.slice(), ctime: now, mtime: now })
  // WeChat moves the temp file: its path stops working (files under wxfile://usr stay).
  if (!local(normalizePath(tempFilePath))) releaseTempFile(tempFilePath)
  return filePath ?? dest
}

export interface SavedFile { filePath: string, size: number, createTime: number }

export function savedFiles(): SavedFile[] {
  return childrenOf(STORE_PATH).map((filePath) => {
    const entry = getEntry(filePath)!
    return { filePath, size: entry.data.length, createTime: Math.floor(entry.ctime / 1000) }
  })
}

export function savedFile(filePath: string): SavedFile {
  const path = normalizePath(filePath)
  const entry = isStorePath(path) ? getEntry(path) : undefined
  if (!entry || entry.dir) throw fail('file not exist', ENOENT)
  return { filePath: path, size: entry.data.length, createTime: Math.floor(entry.ctime / 1000) }
}

export function removeSavedFile(filePath: string): void {
  deleteEntry(savedFile(filePath).filePath)
}

/** The bytes of any readable file, for getFileInfo / uploads. */
export function fileBytes(filePath: string): Uint8Array {
  const entry = lookup(filePath)
  if (!entry || entry.dir) throw fail('file not exist', ENOENT)
  return entry.data
}
