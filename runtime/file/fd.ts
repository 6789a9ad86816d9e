import { fail } from '../internal/fail'
import { encode } from './codec'
import { EEXIST, EISDIR_OP, noEntry } from './errors'
import * as ops from './ops'
import { normalizePath } from './paths'
import type { Stats } from './stats'
import { getEntry, reserve, setEntry } from './store'

/**
 * File descriptors (open / read / write / fstat / ftruncate / close, base library 2.16.1)
 * over the same store. A descriptor is a string, as in WeChat; it keeps its flag and a
 * file position. Writes go through the store like writeFile, so they persist the same way.
 */
interface Handle { path: string, raw: string, read: boolean, write: boolean, append: boolean }

const FLAGS: Record<string, { read: boolean, write: boolean, append?: boolean, create?: boolean, truncate?: boolean, exclusive?: boolean }> = {
  'r': { read: true, write: false },
  'r+': { read: true, write: true },
  'w': { read: false, write: true, create: true, truncate: true },
  'wx': { read: false, write: true, create: true, truncate: true, exclusive: true },
  'w+': { read: true, write: true, create: true, truncate: true },
  'wx+': { read: true, write: true, create: true, truncate: true, exclusive: true },
  'a': { read: false, write: true, append: true, create: true },
  'ax': { read: false, write: true, append: true, create: true, exclusive: true },
  'a+': { read: true, write: true, append: true, create: true },
  'ax+': { read: true, write: true, append: true, create: true, exclusive: true },
  'as': { read: false, write: true, append: true, create: true },
  'as+': { read: true, write: true, append: true, create: true },
}

const handles = new Map<string, Handle & { position: number }>()
let nextFd = 0

function handle(fd: string): Handle & { position: number } {
  const h = handles.get(fd)
  if (!h) throw fail('bad file descriptor', 1300009)
  return h
}

export function open(filePath: string, flag = 'r'): string {
  const mode = FLAGS[flag]
  if (!mode) throw fail('invalid flag', 1302003)
  const path = normalizePath(filePath)
  let exists = true
  try {
    ops.access(filePath)
  }
  catch {
    exists = false
  }
  if (exists && mode.exclusive) throw fail(`file already exists ${filePath}`, EEXIST)
  if (!exists && !mode.create) throw noEntry(`, open ${filePath}`)
  if (exists && getEntry(path)?.dir) throw fail(`illegal operation on a directory, open ${filePath}`, EISDIR_OP)
  if (mode.write && (!exists || mode.truncate)) ops.writeFile({ filePath, data: new ArrayBuffer(0) })
  const fd = String(++nextFd)
  handles.set(fd, { path, raw: filePath, read: mode.read, write: mode.write, append: !!mode.append, position: 0 })
  return fd
}

export function close(fd: string): void {
  handle(fd)
  handles.delete(fd)
}

function bytesOf(h: Handle): Uint8Array {
  return ops.fileBytes(h.raw)
}

export function fstat(fd: string): Stats {
  return ops.stat(handle(fd).raw) as Stats
}

function resize(path: string, raw: string, length: number): void {
  const entry = getEntry(path)
  if (!entry) throw noEntry(` ${raw}`)
  if (entry.dir) throw fail(`illegal operation on a directory, open ${raw}`, EISDIR_OP)
  if (length < 0) throw fail('value of length is out of range', 1301006)
  const next = new Uint8Array(length)
  next.set(entry.data.subarray(0, length))
  reserve(length - entry.data.length)
  setEntry(path, { ...entry, data: next, mtime: Date.now() })
}

export function ftruncate(fd: string, length = 0): void {
  const h = handle(fd)
  if (!h.write) throw fail('permission denied', 1302001)
  resize(h.path, h.raw, length)
}

export function truncate(filePath: string, length = 0): void {
  const path = normalizePath(filePath)
  // Only writable files can be truncated: reuse writeFile's checks with an empty append.
  ops.writeFile({ filePath, data: new ArrayBuffer(0) }, true)
  resize(path, filePath, length)
}

export interface ReadArgs { fd: string, arrayBuffer: ArrayBuffer, offset?: number, length?: number, position?: number | null }

export function read({ fd, arrayBuffer, offset = 0, length = 0, position }: ReadArgs): { bytesRead: number, arrayBuffer: ArrayBuffer } {
  const h = handle(fd)
  if (!h.read) throw fail('permission denied', 1302001)
  if (!(arrayBuffer instanceof ArrayBuffer)) throw fail('array buffer does not exist', 1302005)
  if (offset < 0 || offset > arrayBuffer.byteLength) throw fail('value of offset is out of range', 1301007)
  if (length < 0 || offset + length > arrayBuffer.byteLength) throw fail('value of length is out of range', 1301006)
  const data = bytesOf(h)
  const from = position ?? h.position
  if (from < 0) throw fail('value of position is out of range', 1301009)
  const chunk = data.subarray(from, from + length)
  new Uint8Array(arrayBuffer, offset, chunk.length).set(chunk)
  if (position === undefined || position === null) h.position = from + chunk.length
  return { bytesRead: chunk.length, arrayBuffer }
}

export interface WriteArgs { fd: string, data: string | ArrayBuffer, offset?: number, length?: number, position?: number | null, encoding?: string }

export function write({ fd, data, offset, length, position, encoding }: WriteArgs): { bytesWritten: number } {
  const h = handle(fd)
  if (!h.write) throw fail('permission denied', 1302001)
  let bytes = encode(data, encoding)
  if (typeof data !== 'string') {
    const start = offset ?? 0
    const end = length === undefined ? bytes.length : start + length
    if (start < 0 || start > bytes.length) throw fail('value of offset is out of range', 1301007)
    if (end > bytes.length || end < start) throw fail('value of length is out of range', 1301006)
    bytes = bytes.subarray(start, end)
  }
  const entry = getEntry(h.path)
  if (!entry) throw noEntry(` ${h.raw}`)
  const current = entry.data
  const at = h.append ? current.length : position ?? h.position
  const next = new Uint8Array(Math.max(current.length, at + bytes.length))
  next.set(current)
  next.set(bytes, at)
  reserve(next.length - current.length)
  setEntry(h.path, { ...entry, data: next, mtime: Date.now() })
  if (!h.append && (position === undefined || position === null)) h.position = at + bytes.length
  return { bytesWritten: bytes.length }
}
