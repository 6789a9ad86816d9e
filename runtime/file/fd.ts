import { fail } from '../internal/fail'
import { encode } from './codec'
import { exists, isDirectory, noEntry, outOfRange, wrongFlag } from './errors'
import { fileBytes, lookup, overlay, stat, writeFile } from './ops'
import { normalizePath } from './paths'
import type { Stats } from './stats'
import { getEntry, writeBytes } from './store'

/**
 * File descriptors (open / read / write / fstat / ftruncate / close, base library 2.16.1)
 * over the same store. A descriptor is a string, as in WeChat; it keeps its flag and a
 * file position. Writes go through the store like writeFile, so they persist the same way.
 */
export interface DescriptorOptions {
  fd: string
  filePath: string
  flag?: string
  data: string | ArrayBuffer
  arrayBuffer: ArrayBuffer
  offset?: number
  length?: number
  position?: number | null
  encoding?: string
}

interface Handle { path: string, raw: string, flag: string, position: number }

// Every flag of WeChat: r r+ w wx w+ wx+ a ax a+ ax+ as as+. What each allows follows from
// its letters: `r` reads and needs the file, `w` truncates, `a`/`as` append, `x` refuses an
// existing file, `+` adds the other direction.
const FLAGS = /^(?:r|[wa]x?|as)\+?$/
const canRead = (flag: string): boolean => flag[0] === 'r' || flag.endsWith('+')
const canWrite = (flag: string): boolean => flag !== 'r'

const handles = new Map<string, Handle>()
let nextFd = 0

/** The open descriptor `fd`; with `allows`, also fails unless its flag allows the operation. */
function handle(fd: string, allows?: (flag: string) => boolean): Handle {
  const found = handles.get(fd)
  if (!found) throw fail('bad file descriptor', 1300009)
  if (allows && !allows(found.flag)) throw wrongFlag()
  return found
}

/** Checks a range from `offset` to `end` within `size` bytes. */
function checkRange(size: number, offset: number, end: number): void {
  if (offset < 0 || offset > size) throw outOfRange('offset')
  if (end > size || end < offset) throw outOfRange('length')
}

export function open({ filePath, flag = 'r' }: DescriptorOptions): string {
  if (!FLAGS.test(flag)) throw fail('invalid flag', 1302003)
  const entry = lookup(filePath)
  if (entry && flag.includes('x')) throw exists(filePath)
  if (!entry && flag[0] === 'r') throw noEntry(`, open ${filePath}`)
  if (entry?.dir) throw isDirectory(`, open ${filePath}`)
  if (canWrite(flag) && (!entry || flag[0] === 'w')) writeFile({ filePath, data: new ArrayBuffer(0) })
  const fd = String(++nextFd)
  handles.set(fd, { path: normalizePath(filePath), raw: filePath, flag, position: 0 })
  return fd
}

export function close({ fd }: DescriptorOptions): void {
  handle(fd)
  handles.delete(fd)
}

export function fstat({ fd }: DescriptorOptions): Stats {
  return stat({ path: handle(fd).raw }) as Stats
}

function resize(path: string, raw: string, length: number): void {
  const entry = getEntry(path)
  if (!entry) throw noEntry(` ${raw}`)
  if (entry.dir) throw isDirectory(`, open ${raw}`)
  if (length < 0) throw outOfRange('length')
  const next = new Uint8Array(length)
  next.set(entry.data.subarray(0, length))
  writeBytes(path, next)
}

export function ftruncate({ fd, length = 0 }: DescriptorOptions): void {
  const { path, raw } = handle(fd, canWrite)
  resize(path, raw, length)
}

export function truncate({ filePath, length = 0 }: DescriptorOptions): void {
  // Only writable files can be truncated: reuse writeFile's checks with an empty append.
  writeFile({ filePath, data: new ArrayBuffer(0) }, true)
  resize(normalizePath(filePath), filePath, length)
}

export function read({ fd, arrayBuffer, offset = 0, length = 0, position }: DescriptorOptions): { bytesRead: number, arrayBuffer: ArrayBuffer } {
  const current = handle(fd, canRead)
  if (!(arrayBuffer instanceof ArrayBuffer)) throw fail('array buffer does not exist', 1302005)
  checkRange(arrayBuffer.byteLength, offset, offset + length)
  const data = fileBytes(current.raw)
  const from = position ?? current.position
  if (from < 0) throw outOfRange('position')
  const chunk = data.subarray(from, from + length)
  new Uint8Array(arrayBuffer, offset, chunk.length).set(chunk)
  if (position == null) current.position = from + chunk.length
  return { bytesRead: chunk.length, arrayBuffer }
}

export function write({ fd, data, offset = 0, length, position, encoding }: DescriptorOptions): { bytesWritten: number } {
  const current = handle(fd, canWrite)
  let bytes = encode(data, encoding)
  if (typeof data !== 'string') {
    const end = length === undefined ? bytes.length : offset + length
    checkRange(bytes.length, offset, end)
    bytes = bytes.subarray(offset, end)
  }
  const entry = getEntry(current.path)
  if (!entry) throw noEntry(` ${current.raw}`)
  const append = current.flag[0] === 'a'
  const at = append ? entry.data.length : position ?? current.position
  writeBytes(current.path, overlay(entry.data, bytes, at))
  if (!append && position == null) current.position = at + bytes.length
  return { bytesWritten: bytes.length }
}
