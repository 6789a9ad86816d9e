/** Response header names as the browser gives them: lower-case (HTTP/2 style). */
export type HeaderRecord = Record<string, string>

/** Copies a wx header object (any value types) into plain strings, leaving out undefined and null. */
export function plainHeader(header: object | undefined): HeaderRecord {
  const out: HeaderRecord = {}
  for (const [name, value] of Object.entries(header ?? {})) {
    if (value !== undefined && value !== null) out[name] = String(value)
  }
  return out
}

/** Request headers from wx's `header` object: names case-insensitive, values stringified. */
export function toRequestHeaders(header: object): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(plainHeader(header))) {
    try {
      headers.set(name, value)
    }
    catch {
      // A name or value the browser rejects is dropped rather than failing the whole call.
    }
  }
  return headers
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
