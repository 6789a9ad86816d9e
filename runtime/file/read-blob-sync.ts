/**
 * Reads a Blob synchronously, for the `*Sync` file APIs over tempFilePaths. The window has
 * no FileReaderSync; a synchronous XHR of an object URL with the `x-user-defined` charset
 * hands back every byte as one char (low 8 bits). Chromium logs a deprecation notice for
 * sync XHR on the main thread; the async APIs never take this path.
 */
const cache = new WeakMap<Blob, Uint8Array>()

export function cacheBlobBytes(blob: Blob, bytes: Uint8Array): void {
  cache.set(blob, bytes)
}

export function cachedBlobBytes(blob: Blob): Uint8Array | undefined {
  return cache.get(blob)
}

export function readBlobSync(blob: Blob): Uint8Array {
  const cached = cache.get(blob)
  if (cached) return cached
  const url = URL.createObjectURL(blob)
  try {
    const xhr = new XMLHttpRequest()
    xhr.open('GET', url, false)
    xhr.overrideMimeType('text/plain; charset=x-user-defined')
    xhr.send()
    const text = xhr.responseText
    const bytes = new Uint8Array(text.length)
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff
    cache.set(blob, bytes)
    return bytes
  }
  finally {
    URL.revokeObjectURL(url)
  }
}

/** The async twin: fills the cache so a following synchronous step needs no XHR. */
export async function preloadBlob(blob: Blob): Promise<void> {
  if (!cache.has(blob)) cache.set(blob, new Uint8Array(await blob.arrayBuffer()))
}
