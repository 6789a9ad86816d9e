import { fail } from '../internal/fail'

/**
 * `encrypt: true` (setStorage / getStorage only, as in WeChat): AES-128-GCM with a fresh
 * 12-byte IV per write; stored as base64(iv + ciphertext).
 *
 * The key is derived (SHA-256) from a fixed label and the namespace (appId + userId). That
 * is obfuscation at rest, not secrecy: any script on the same origin can derive the same key,
 * exactly as it could call getStorage itself. It keeps values from being readable in a casual
 * dump of localStorage and needs no second store (a key kept in IndexedDB would be lost
 * independently of the data, leaving it unreadable).
 */
const keys = new Map<string, Promise<CryptoKey>>()

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle
  if (!api) throw fail('encrypt is not supported: WebCrypto needs a secure context (https or localhost)')
  return api
}

function namespaceKey(prefix: string): Promise<CryptoKey> {
  let key = keys.get(prefix)
  if (!key) {
    const api = subtle()
    key = api.digest('SHA-256', new TextEncoder().encode(`wx-h5 storage encrypt v1\n${prefix}`))
      .then(hash => api.importKey('raw', hash.slice(0, 16), 'AES-GCM', false, ['encrypt', 'decrypt']))
    keys.set(prefix, key)
  }
  return key
}

export async function encryptText(prefix: string, plain: string): Promise<string> {
  const api = subtle()
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const sealed = new Uint8Array(await api.encrypt({ name: 'AES-GCM', iv }, await namespaceKey(prefix), new TextEncoder().encode(plain)))
  const bytes = new Uint8Array(iv.length + sealed.length)
  bytes.set(iv)
  bytes.set(sealed, iv.length)
  return toBase64(bytes)
}

/** The plain text, or undefined when the payload is not ours or was tampered with. */
export async function decryptText(prefix: string, payload: string): Promise<string | undefined> {
  const api = subtle()
  try {
    const bytes = fromBase64(payload)
    if (bytes.length < 12 + 16) return undefined
    const plain = await api.decrypt({ name: 'AES-GCM', iv: bytes.subarray(0, 12) }, await namespaceKey(prefix), bytes.subarray(12))
    return new TextDecoder().decode(plain)
  }
  catch {
    return undefined
  }
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
