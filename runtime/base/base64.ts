import { defineSync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'

// Uint8Array.fromBase64 / toBase64 (Chromium 140+, Safari 18.2, Firefox 133) are native and
// fast; the fallbacks below cover older browsers with atob/btoa in 32 KiB chunks.
interface Base64Native {
  fromBase64?: (text: string) => Uint8Array
}
interface Base64Bytes { toBase64?: () => string }

const CHUNK = 0x8000

function bytesOf(value: ArrayBuffer | ArrayBufferView): Uint8Array {
  return value instanceof ArrayBuffer
    ? new Uint8Array(value)
    : new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
}

function encode(bytes: Uint8Array): string {
  const native = (bytes as Base64Bytes).toBase64
  if (typeof native === 'function') return native.call(bytes)
  let binary = ''
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[])
  return btoa(binary)
}

function decode(text: string): Uint8Array {
  const native = (Uint8Array as unknown as Base64Native).fromBase64
  if (typeof native === 'function') return native(text)
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/**
 * `wx.arrayBufferToBase64(arrayBuffer)`: standard alphabet with padding. A typed array or
 * DataView is read as the bytes it views, as wx's own `new Uint8Array(buffer)` would for bytes.
 */
export const arrayBufferToBase64 = /* @__PURE__ */ defineSync('arrayBufferToBase64', (arrayBuffer: ArrayBuffer): string => {
  if (!(arrayBuffer instanceof ArrayBuffer) && !ArrayBuffer.isView(arrayBuffer))
    checkParams({ arrayBuffer }, { arrayBuffer: 'ArrayBuffer' })
  return encode(bytesOf(arrayBuffer))
})

/**
 * `wx.base64ToArrayBuffer(base64)`: standard alphabet; padding optional, ASCII whitespace
 * ignored. Anything else is not base64 and fails instead of decoding to garbage.
 */
export const base64ToArrayBuffer = /* @__PURE__ */ defineSync('base64ToArrayBuffer', (base64: string): ArrayBuffer => {
  checkParams({ base64 }, { base64: 'String' })
  let bytes: Uint8Array
  try {
    bytes = decode(base64)
  }
  catch {
    throw fail('parameter error: parameter.base64 is not a valid base64 string;')
  }
  // A fresh buffer of exactly the decoded length (never a view into a larger one).
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? bytes.buffer as ArrayBuffer
    : bytes.slice().buffer as ArrayBuffer
})
