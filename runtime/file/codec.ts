import { EBASE64, EINVAL } from './errors'
import { fail } from '../internal/fail'

/** The encodings of readFile / writeFile / appendFile (Node's names, as wx uses them). */
export type FileEncoding = 'ascii' | 'base64' | 'binary' | 'hex' | 'ucs2' | 'ucs-2' | 'utf16le' | 'utf-16le' | 'utf-8' | 'utf8' | 'latin1'

function canonical(encoding: string): string {
  switch (encoding) {
    case 'utf-8': case 'utf8': return 'utf8'
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le'
    case 'binary': case 'latin1': return 'latin1'
    case 'ascii': case 'base64': case 'hex': return encoding
  }
  throw fail(`Invalid argument, unknown encoding: ${encoding}`, EINVAL)
}

function latin1Bytes(text: string, mask: number): Uint8Array {
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & mask
  return bytes
}

function latin1Text(bytes: Uint8Array, mask: number): string {
  let text = ''
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < bytes.length; i += 0x8000)
    text += String.fromCharCode(...bytes.subarray(i, i + 0x8000).map(b => b & mask))
  return text
}

/** Bytes of `data` (a string in `encoding`, or an ArrayBuffer / typed array as is). */
export function encode(data: unknown, encoding = 'utf8'): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0))
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength))
  const text = String(data)
  switch (canonical(encoding)) {
    case 'utf8': return new TextEncoder().encode(text)
    case 'latin1': case 'ascii': return latin1Bytes(text, 0xff)
    case 'utf16le': {
      const bytes = new Uint8Array(text.length * 2)
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i)
        bytes[2 * i] = unit & 0xff
        bytes[2 * i + 1] = unit >> 8
      }
      return bytes
    }
    case 'hex': {
      if (!/^(?:[\da-f]{2})*$/i.test(text)) throw fail('Invalid argument, invalid hex string', EINVAL)
      const bytes = new Uint8Array(text.length / 2)
      for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(text.slice(2 * i, 2 * i + 2), 16)
      return bytes
    }
    default: {
      try {
        return latin1Bytes(atob(text.replace(/[\s=]+$/, '').replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, '')), 0xff)
      }
      catch {
        throw fail('base64 encode error', EBASE64)
      }
    }
  }
}

/** `bytes` as a string in `encoding`, or a fresh ArrayBuffer when no encoding is given. */
export function decode(bytes: Uint8Array, encoding?: string): string | ArrayBuffer {
  if (encoding === undefined) return bytes.slice().buffer
  switch (canonical(encoding)) {
    case 'utf8': return new TextDecoder().decode(bytes)
    case 'latin1': return latin1Text(bytes, 0xff)
    case 'ascii': return latin1Text(bytes, 0x7f)
    case 'utf16le': {
      let text = ''
      for (let i = 0; i + 1 < bytes.length; i += 2) text += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8))
      return text
    }
    case 'hex': return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('')
    default: return btoa(latin1Text(bytes, 0xff))
  }
}
