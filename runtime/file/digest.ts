import { fail } from '../internal/fail'
import { toHex } from './codec'
import { fileBytes } from './ops'

/** Hex digests for getFileInfo: MD5 here (WebCrypto has none), SHA-1/SHA-256 from WebCrypto. */
const SHIFTS = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]

export function md5(bytes: Uint8Array): string {
  const length = bytes.length
  const padded = new Uint8Array(((length + 72) >> 6) << 6)
  padded.set(bytes)
  padded[length] = 0x80
  const view = new DataView(padded.buffer)
  // The bit length, little-endian over 64 bits (setUint32 keeps the low 32 bits of each half).
  view.setUint32(padded.length - 8, length * 8, true)
  view.setUint32(padded.length - 4, length / 0x20000000, true)
  const constants = Array.from({ length: 64 }, (_, i) => (Math.abs(Math.sin(i + 1)) * 2 ** 32) | 0)
  const state = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]
  for (let block = 0; block < padded.length; block += 64) {
    let [a, b, c, d] = state
    for (let i = 0; i < 64; i++) {
      const round = i >> 4
      const mixed = round === 0 ? (b & c) | (~b & d) : round === 1 ? (d & b) | (~d & c) : round === 2 ? b ^ c ^ d : c ^ (b | ~d)
      const word = round === 0 ? i : round === 1 ? (5 * i + 1) & 15 : round === 2 ? (3 * i + 5) & 15 : (7 * i) & 15
      const shift = SHIFTS[round * 4 + (i & 3)]
      const sum = (a + mixed + constants[i] + view.getUint32(block + word * 4, true)) | 0
      a = d
      d = c
      c = b
      b = (b + ((sum << shift) | (sum >>> (32 - shift)))) | 0
    }
    ;[a, b, c, d].forEach((value, i) => (state[i] = (state[i] + value) | 0))
  }
  // The digest is the state, little-endian: written over the first block, no longer needed.
  state.forEach((word, i) => view.setUint32(i * 4, word, true))
  return toHex(padded.subarray(0, 16))
}

export async function digestOf(bytes: Uint8Array, algorithm = 'md5'): Promise<string> {
  if (algorithm === 'md5') return md5(bytes)
  if (algorithm !== 'sha1' && algorithm !== 'sha256') throw fail(`parameter error: parameter.digestAlgorithm should be one of md5, sha1, sha256`)
  if (!globalThis.crypto?.subtle) throw fail('system error', 1300201)
  return toHex(new Uint8Array(await crypto.subtle.digest(algorithm === 'sha1' ? 'SHA-1' : 'SHA-256', bytes as Uint8Array<ArrayBuffer>)))
}

/** getFileInfo's result: size and hex digest of any readable file. */
export async function fileInfo({ filePath, digestAlgorithm }: { filePath: string, digestAlgorithm?: string }): Promise<{ size: number, digest: string }> {
  const bytes = fileBytes(filePath)
  return { size: bytes.length, digest: await digestOf(bytes, digestAlgorithm) }
}
