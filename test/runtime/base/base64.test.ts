import { describe, expect, it } from 'vitest'
import { arrayBufferToBase64, base64ToArrayBuffer } from '../../../runtime/base/base64'
import { thrown } from '../callbacks'

function randomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  for (let i = 0; i < length; i += 65536) crypto.getRandomValues(bytes.subarray(i, Math.min(length, i + 65536)))
  return bytes
}

/** An independent reference encoder (btoa over a binary string). */
function reference(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += String.fromCharCode(b)
  return btoa(s)
}

const vectors: Array<[string, string]> = [
  ['', ''], ['f', 'Zg=='], ['fo', 'Zm8='], ['foo', 'Zm9v'], ['foob', 'Zm9vYg=='], ['fooba', 'Zm9vYmE='], ['foobar', 'Zm9vYmFy'],
]

function suite(label: string) {
  describe(`base64 (${label})`, () => {
    it('encodes and decodes the RFC 4648 vectors', () => {
      for (const [plain, encoded] of vectors) {
        const bytes = new TextEncoder().encode(plain)
        expect(arrayBufferToBase64(bytes.buffer as ArrayBuffer)).toBe(encoded)
        const decoded = base64ToArrayBuffer(encoded)
        expect(decoded).toBeInstanceOf(ArrayBuffer)
        expect(new TextDecoder().decode(decoded)).toBe(plain)
      }
    })

    it('round-trips every byte value and an empty buffer', () => {
      const all = Uint8Array.from({ length: 256 }, (_, i) => i)
      const text = arrayBufferToBase64(all.buffer)
      expect(text).toBe(reference(all))
      expect([...new Uint8Array(base64ToArrayBuffer(text))]).toEqual([...all])
      expect(arrayBufferToBase64(new ArrayBuffer(0))).toBe('')
      expect(base64ToArrayBuffer('').byteLength).toBe(0)
    })

    it('round-trips 1 MB of random bytes exactly', () => {
      const bytes = randomBytes(1024 * 1024)
      const text = arrayBufferToBase64(bytes.buffer as ArrayBuffer)
      expect(text.length).toBe(4 * Math.ceil(bytes.length / 3))
      expect(text).toBe(reference(bytes))
      const back = new Uint8Array(base64ToArrayBuffer(text))
      expect(back.length).toBe(bytes.length)
      expect(back.every((b, i) => b === bytes[i])).toBe(true)
    })

    it('encodes only the bytes a typed array or DataView views', () => {
      const bytes = Uint8Array.from([0, 1, 2, 3, 4, 5])
      expect(arrayBufferToBase64(bytes.subarray(2, 5) as unknown as ArrayBuffer)).toBe(reference(Uint8Array.from([2, 3, 4])))
      expect(arrayBufferToBase64(new DataView(bytes.buffer, 1, 2) as unknown as ArrayBuffer)).toBe(reference(Uint8Array.from([1, 2])))
    })

    it('accepts missing padding and ASCII whitespace', () => {
      expect(new TextDecoder().decode(base64ToArrayBuffer('Zm9vYg'))).toBe('foob')
      expect(new TextDecoder().decode(base64ToArrayBuffer('Zm9v\nYmFy '))).toBe('foobar')
    })

    it('rejects text that is not base64 with a wx-worded error', () => {
      for (const bad of ['not base64!', 'Zm9v*', 'Z', 'Zm9v-_'])
        expect(thrown(() => base64ToArrayBuffer(bad)), bad).toBe('base64ToArrayBuffer:fail parameter error: parameter.base64 is not a valid base64 string;')
    })
  })
}

suite('native Uint8Array base64')

describe('without native Uint8Array base64', () => {
  const from = Object.getOwnPropertyDescriptor(Uint8Array, 'fromBase64')
  const to = Object.getOwnPropertyDescriptor(Uint8Array.prototype, 'toBase64')
  it('this browser has the native methods, so both paths are exercised', () => {
    expect(typeof from?.value).toBe('function')
    expect(typeof to?.value).toBe('function')
    delete (Uint8Array as unknown as Record<string, unknown>).fromBase64
    delete (Uint8Array.prototype as unknown as Record<string, unknown>).toBase64
  })
  suite('atob/btoa fallback')
  it('restores the native methods', () => {
    Object.defineProperty(Uint8Array, 'fromBase64', from!)
    Object.defineProperty(Uint8Array.prototype, 'toBase64', to!)
    expect(typeof (Uint8Array as unknown as Record<string, unknown>).fromBase64).toBe('function')
  })
})

describe('base64 parameter errors', () => {
  it('words wrong types the wx way', () => {
    expect(thrown(() => base64ToArrayBuffer(42 as unknown as string))).toBe('base64ToArrayBuffer:fail parameter error: parameter.base64 should be String instead of Number;')
    expect(thrown(() => (base64ToArrayBuffer as unknown as () => unknown)())).toBe('base64ToArrayBuffer:fail parameter error: parameter.base64 should be String instead of Undefined;')
    expect(thrown(() => arrayBufferToBase64('abc' as unknown as ArrayBuffer))).toBe('arrayBufferToBase64:fail parameter error: parameter.arrayBuffer should be ArrayBuffer instead of String;')
    expect(thrown(() => arrayBufferToBase64(null as unknown as ArrayBuffer))).toBe('arrayBufferToBase64:fail parameter error: parameter.arrayBuffer should be ArrayBuffer instead of Null;')
    expect(thrown(() => arrayBufferToBase64([1, 2] as unknown as ArrayBuffer))).toBe('arrayBufferToBase64:fail parameter error: parameter.arrayBuffer should be ArrayBuffer instead of Array;')
  })
})
