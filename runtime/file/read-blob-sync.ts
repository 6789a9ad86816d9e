import { charBytes } from './codec'

/**
 * Reads a Blob synchronously, for the `*Sync` file APIs over tempFilePaths. The window has
 * no FileReaderSync; a synchronous XHR of an object URL with the `x-user-defined` charset
 * hands back every byte as one char (low 8 bits). Chromium logs a deprecation notice for
 * sync XHR on the main thread; the async APIs never take this path.
 */
const cache = new WeakMap<Blob, Uint8Array>()

export function readBlobSync(blob: Blob): Uint8Array {
  let bytes = cache.get(blob)
  if (!bytes) {
    const url = URL.createObjectURL(blob)
    try {
      const xhr = new XMLHttpRequest()
      xhr.open('GET', url, false)
      xhr.overrideMimeType('text/plain; charset=x-user-defined')
      xhr.send()
      cache.set(blob, bytes = charBytes(xhr.responseText))
    }
    finally {
      URL.revokeObjectURL(url)
    }
  }
  return bytes
}

/** The async twin: fills the cache so a following synchronous step needs no XHR. */
export async function preloadBlob(blob: Blob): Promise<void> {
  if (!cache.has(blob)) cache.set(blob, new Uint8Array(await blob.arrayBuffer()))
}
