import { config } from '../internal/config'
import { fail } from '../internal/fail'

export type DomainKind = 'request' | 'uploadFile' | 'downloadFile' | 'socket'

function matches(entry: string, url: URL): boolean {
  if (!entry.includes('://')) return entry.toLowerCase() === url.host
  try {
    return new URL(entry).origin === url.origin
  }
  catch {
    return false
  }
}

/**
 * Parses `url` (relative to the page) and checks its scheme against `schemes`, then
 * the domain list: `configure({ domains })` may hold a list for `kind`, and the URL's
 * origin (or host) must be on it (no list means no restriction). Shared with the socket
 * area (`kind: 'socket'`).
 */
export function allowedUrl(kind: DomainKind, url: string, schemes: RegExp): URL {
  let parsed: URL | undefined
  try {
    // A relative socket URL resolves to http(s) and so fails the scheme check, as without a base.
    parsed = new URL(url, globalThis.location?.href)
  }
  catch {}
  if (!parsed || !schemes.test(parsed.protocol)) throw fail(`invalid url "${url}"`)
  const list = config.domains?.[kind]
  if (list === undefined) return parsed
  if (!Array.isArray(list) || list.some(entry => typeof entry !== 'string'))
    throw new TypeError(`[wx-h5] configure: \`domains.${kind}\` must be an array of origins like 'https://api.example.com'.`)
  // errno 600002 is what WeChat gives for this failure (observed).
  if (!list.some(entry => matches(entry, parsed))) throw fail('url not in domain list', 600002)
  return parsed
}
