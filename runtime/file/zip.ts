import { fail, type WxFail } from '../internal/fail'

/**
 * A minimal ZIP reader for unzip / readZipEntry: the central directory, stored (0) and
 * deflated (8) entries, inflated with the browser's DecompressionStream('deflate-raw').
 * ZIP64, encryption and other methods are refused with WeChat's unzip errors.
 */
export interface ZipEntry { name: string, method: number, raw: Uint8Array }

export const unzipEntryFail = (): WxFail => fail('unzip entry fail', 1301103)
const openFail = (): WxFail => fail('unzip open file fail', 1301102)

export function zipEntries(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const u16 = (at: number): number => view.getUint16(at, true)
  const u32 = (at: number): number => view.getUint32(at, true)
  // The end-of-central-directory record, searched backwards over the longest comment.
  const stop = Math.max(0, bytes.length - 65557)
  let eocd = bytes.length - 22
  while (eocd >= stop && u32(eocd) !== 0x06054b50) eocd--
  if (eocd < stop) throw openFail()
  let at = u32(eocd + 16)
  const entries: ZipEntry[] = []
  for (let count = u16(eocd + 10); count > 0; count--) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw openFail()
    const compressed = u32(at + 20)
    const nameLength = u16(at + 28)
    const local = u32(at + 42)
    const entry = { name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)), method: u16(at + 10) } as ZipEntry
    const encrypted = u16(at + 8) & 1
    at += 46 + nameLength + u16(at + 30) + u16(at + 32)
    if (encrypted || compressed === 0xffffffff || local + 30 > bytes.length || u32(local) !== 0x04034b50) throw unzipEntryFail()
    const start = local + 30 + u16(local + 26) + u16(local + 28)
    entry.raw = bytes.subarray(start, start + compressed)
    entries.push(entry)
  }
  return entries
}

/** The bytes of a file entry. */
export async function inflate({ method, raw }: ZipEntry): Promise<Uint8Array> {
  if (method === 0) return raw.slice()
  if (method !== 8) throw unzipEntryFail()
  // Without DecompressionStream (old browsers) the constructor throws: the same failure.
  try {
    return new Uint8Array(await new Response(new Blob([raw as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer())
  }
  catch {
    throw unzipEntryFail()
  }
}
