import { fail } from '../internal/fail'

/**
 * A minimal ZIP reader for unzip / readZipEntry: the central directory, stored (0) and
 * deflated (8) entries, inflated with the browser's DecompressionStream('deflate-raw').
 * ZIP64, encryption and other methods are refused with WeChat's unzip errors.
 */
export interface ZipEntry { name: string, dir: boolean, method: number, size: number, dataStart: number, dataEnd: number }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  let eocd = -1
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i
      break
    }
  }
  if (eocd < 0) throw fail('unzip open file fail', 1301102)
  const count = view.getUint16(eocd + 10, true)
  let at = view.getUint32(eocd + 16, true)
  const decoder = new TextDecoder()
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) throw fail('unzip open file fail', 1301102)
    const flags = view.getUint16(at + 8, true)
    const method = view.getUint16(at + 10, true)
    const compressed = view.getUint32(at + 20, true)
    const size = view.getUint32(at + 24, true)
    const nameLength = view.getUint16(at + 28, true)
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true)
    const local = view.getUint32(at + 42, true)
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength))
    at += 46 + skip
    if (flags & 1 || compressed === 0xffffffff || local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL)
      throw fail('unzip entry fail', 1301103)
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true)
    entries.push({ name, dir: name.endsWith('/'), method, size, dataStart, dataEnd: dataStart + compressed })
  }
  return entries
}

export async function entryData(bytes: Uint8Array, entry: ZipEntry): Promise<Uint8Array> {
  const raw = bytes.subarray(entry.dataStart, entry.dataEnd)
  if (entry.method === 0) return raw.slice()
  if (entry.method !== 8 || typeof DecompressionStream === 'undefined') throw fail('unzip entry fail', 1301103)
  try {
    const stream = new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))
    return new Uint8Array(await new Response(stream).arrayBuffer())
  }
  catch {
    throw fail('unzip entry fail', 1301103)
  }
}
