/** A chunk as its own ArrayBuffer (a view may share a larger buffer). */
export function ownBuffer(chunk: Uint8Array): ArrayBuffer {
  if (chunk.byteOffset === 0 && chunk.byteLength === chunk.buffer.byteLength && chunk.buffer instanceof ArrayBuffer) return chunk.buffer
  return chunk.slice().buffer
}

/**
 * Reads a response body to the end, handing each chunk to `onChunk` as it arrives (which
 * may throw to stop: the stream is cancelled). Returns the chunks in order.
 */
export async function readChunks(body: ReadableStream<Uint8Array>, onChunk: (chunk: Uint8Array) => void): Promise<Uint8Array[]> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return chunks
      chunks.push(value)
      onChunk(value)
    }
  }
  catch (error) {
    reader.cancel().catch(() => {})
    throw error
  }
}

export function concatChunks(chunks: Uint8Array[]): ArrayBuffer {
  let length = 0
  for (const chunk of chunks) length += chunk.byteLength
  const out = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    out.set(chunk, offset)
    offset += chunk.byteLength
  }
  return out.buffer
}
