import { fail } from '../internal/fail'
import { invalidArgument } from './errors'

/** The encodings of readFile / writeFile / appendFile (Node's names, as wx uses them). */
const ALIASES: Record<string, string> = { 'utf-8': 'utf8', 'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf-16le': 'utf16le', 'binary': 'latin1' }
const CANONICAL = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'hex']

function canonical(encoding: string): string {
  // Inherited keys (`constructor`, ...) give a non-string and fail below.
  const name = ALIASES[encoding] ?? encoding
  if (!CANONICAL.includes(name)) throw invalidArgument(`, unknown encoding: ${encoding}`)
  return name
}

export const toHex = (bytes: Uint8Array): string => Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('')

/** Chars of one (latin1) or two (utf16le, little-endian) bytes each; a char keeps its low bits. */
export function charBytes(text: string, wide?: boolean): Uint8Array {
  const width = wide ? 2 : 1
  const bytes = new Uint8Array(text.length * width)
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i)
    bytes[i * width] = unit
    if (wide) bytes[i * 2 + 1] = unit >> 8
  }
  return bytes
}

function charText(codes: Uint8Array | Uint16Array): string {
  let text = ''
  // Chunks keep String.fromCharCode under the engine's argument limit.
  for (let i = 0; i < codes.length; i += 0x8000) text += String.fromCharCode(...codes.subarray(i, i + 0x8000))
  return text
}

/** Bytes of `data`: a string in `encoding`, or an ArrayBuffer as is (copied). */
export function encode(data: string | ArrayBuffer, encoding = 'utf8'): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0))
  const name = canonical(encoding)
  if (name === 'utf8') return new TextEncoder().encode(data)
  if (name === 'hex') {
    if (!/^(?:[\da-f]{2})*$/i.test(data)) throw invalidArgument(', invalid hex string')
    return Uint8Array.from(data.match(/../g) ?? [], pair => parseInt(pair, 16))
  }
  if (name === 'base64') {
    try {
      data = atob(data.replace(/[\s=]+$/, '').replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, ''))
    }
    catch {
      throw fail('base64 encode error', 1300203)
    }
  }
  return charBytes(data, name === 'utf16le')
}

/** `bytes` as a string in `encoding`, or a fresh ArrayBuffer when no encoding is given. */
export function decode(bytes: Uint8Array, encoding?: string): string | ArrayBuffer {
  if (encoding === undefined) return bytes.slice().buffer
  const name = canonical(encoding)
  if (name === 'utf8') return new TextDecoder().decode(bytes)
  if (name === 'hex') return toHex(bytes)
  const text = charText(
    name === 'utf16le'
      ? Uint16Array.from({ length: bytes.length >> 1 }, (_, i) => bytes[2 * i] | (bytes[2 * i + 1] << 8))
      : name === 'ascii' ? bytes.map(byte => byte & 0x7f) : bytes,
  )
  return name === 'base64' ? btoa(text) : text
}
