import { fail } from '../internal/fail'
import { decodeValue, UNREADABLE } from './codec'

/**
 * `encrypt: true` (setStorage / getStorage only, as in WeChat): AES-128-GCM with a fresh
 * 12-byte IV per write; stored as `E` + base64(iv + ciphertext of the tagged plain entry).
 *
 * The key is derived (SHA-256) from a fixed label and the namespace (appId + userId). That
 * is obfuscation at rest, not secrecy: any script on the same origin can derive the same key,
 * exactly as it could call getStorage itself. It keeps values from being readable in a casual
 * dump of localStorage and needs no second store (a key kept in IndexedDB would be lost
 * independently of the data, leaving it unreadable).
 */
const ALGORITHM = 'AES-GCM'

// One derivation per namespace: digest + importKey would otherwise run on every encrypted call.
const keys = new Map<string, Promise<CryptoKey>>()

/** The namespace's key (callers are async: the missing-WebCrypto failure becomes their rejection). */
function namespaceKey(prefix: string): Promise<CryptoKey> {
  const subtle = globalThis.crypto?.subtle
  if (!subtle) throw fail('encrypt is not supported: WebCrypto needs a secure context (https or localhost)')
  let key = keys.get(prefix)
  if (!key) {
    key = subtle.digest('SHA-256', new TextEncoder().encode(`wx-h5 storage encrypt v1\n${prefix}`))
      .then(hash => subtle.importKey('raw', hash.slice(0, 16), ALGORITHM, false, ['encrypt', 'decrypt']))
    keys.set(prefix, key)
  }
  return key
}

/** The stored text of an encrypted entry, from its plain stored text. */
export async function sealEntry(prefix: string, plain: string): Promise<string> {
  const key = await namespaceKey(prefix)
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const sealed = await crypto.subtle.encrypt({ name: ALGORITHM, iv }, key, new TextEncoder().encode(plain))
  // 12 bytes are exactly 16 base64 characters (no padding): the two parts simply concatenate.
  return `E${toBase64(iv)}${toBase64(new Uint8Array(sealed))}`
}

/** The value of an encrypted entry; fails when it is not encrypted, not ours or tampered with. */
export async function openEntry(prefix: string, stored: string): Promise<unknown> {
  if (stored[0] !== 'E') throw fail('data is not encrypted')
  const key = await namespaceKey(prefix)
  let value: unknown = UNREADABLE
  try {
    const bytes = Uint8Array.from(atob(stored.slice(1)), c => c.charCodeAt(0))
    const plain = await crypto.subtle.decrypt({ name: ALGORITHM, iv: bytes.subarray(0, 12) }, key, bytes.subarray(12))
    value = decodeValue(new TextDecoder().decode(plain))
  }
  catch {}
  if (value === UNREADABLE) throw fail('decrypt failed')
  return value
}

function toBase64(bytes: Uint8Array): string {
  let binary = ''
  // In chunks: spreading a whole 0.7 MB entry would overflow the argument list.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}
