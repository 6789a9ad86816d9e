/** Response header names as the browser gives them: lower-case (HTTP/2 style). */
export type HeaderRecord = Record<string, string>

/** Request headers from wx's `header` object: names case-insensitive, values stringified. */
export function toRequestHeaders(header: Record<string, unknown> | undefined): Headers {
  const headers = new Headers()
  if (!header) return headers
  for (const name of Object.keys(header)) {
    const value = header[name]
    if (value === undefined || value === null) continue
    try {
      headers.set(name, String(value))
    }
    catch {
      // A name or value the browser rejects is dropped rather than failing the whole call.
    }
  }
  return headers
}

export function fromHeaders(headers: Headers): HeaderRecord {
  const out: HeaderRecord = {}
  headers.forEach((value, name) => {
    out[name] = value
  })
  return out
}

/** Parses `XMLHttpRequest.getAllResponseHeaders()`. */
export function fromRawHeaders(raw: string): HeaderRecord {
  const out: HeaderRecord = {}
  for (const line of raw.split('\r\n')) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = line.slice(colon + 1).trim()
    out[name] = name in out ? `${out[name]}, ${value}` : value
  }
  return out
}

/** Copies a wx header object (any value types) into plain strings for interceptors. */
export function plainHeader(header: unknown): Record<string, string> {
  const out: Record<string, string> = {}
  if (typeof header !== 'object' || header === null) return out
  for (const [name, value] of Object.entries(header)) {
    if (value !== undefined && value !== null) out[name] = String(value)
  }
  return out
}
