/** One part of a multipart/form-data body. */
export interface Part {
  name: string
  filename?: string
  type?: string
  body: Buffer
}

/** A small multipart/form-data parser, enough for the upload tests (no nested parts). */
export function parseMultipart(body: Buffer, contentType: string): Part[] {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!match) return []
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`)
  const parts: Part[] = []
  let start = body.indexOf(delimiter)
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length
    if (body.subarray(afterDelimiter, afterDelimiter + 2).toString() === '--') break
    const next = body.indexOf(delimiter, afterDelimiter)
    if (next === -1) break
    // Each part: CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter.
    const chunk = body.subarray(afterDelimiter + 2, next - 2)
    const split = chunk.indexOf('\r\n\r\n')
    const head = chunk.subarray(0, split).toString()
    const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? ''
    parts.push({
      name: /\bname="([^"]*)"/.exec(disposition)?.[1] ?? '',
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
      type: /content-type:\s*([^\r\n]*)/i.exec(head)?.[1],
      body: chunk.subarray(split + 4),
    })
    start = next
  }
  return parts
}
