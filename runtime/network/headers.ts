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

/**
 * Parses `XMLHttpRequest.getAllResponseHeaders()`: `name: value` lines in which the browser
 * has already lower-cased the names and combined repeated headers with `, `.
 */
export function fromRawHeaders(raw: string): HeaderRecord {
  const out: HeaderRecord = {}
  for (const line of raw.split('\r\n')) {
    const colon = line.indexOf(': ')
    if (colon > 0) out[line.slice(0, colon)] = line.slice(colon + 2)
  }
  return out
}
