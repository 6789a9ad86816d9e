/**
 * Reads a response body to the end as a Blob of `type`, handing each chunk to `onChunk` as
 * it arrives. `onChunk` may throw to stop: the task then aborts the fetch, which cancels
 * the stream.
 */
export async function readBody(response: Response, onChunk: (chunk: Uint8Array) => void, type?: string): Promise<Blob> {
  const reader = response.body?.getReader()
  const chunks: Uint8Array[] = []
  // No reader: the response has no body (a 204, a HEAD), which reads as empty.
  while (reader) {
    const { done, value } = await reader.read()
    if (done) break
    chunks.push(value)
    onChunk(value)
  }
  return new Blob(chunks as BlobPart[], { type })
}
