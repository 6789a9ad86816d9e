import { config } from '../internal/config'
import { fail } from '../internal/fail'

export type DomainKind = 'request' | 'uploadFile' | 'downloadFile' | 'socket'

/** errno WeChat gives `url not in domain list` (observed: `{ errno: 600002 }`). */
export const DOMAIN_ERRNO = 600002

function matches(entry: string, url: URL): boolean {
  if (entry.includes('://')) {
    try {
      return new URL(entry).origin === url.origin
    }
    catch {
      return false
    }
  }
  return entry.toLowerCase() === url.host
}

/**
 * Throws `url not in domain list` when `configure({ domains })` has a list for `kind` and
 * the URL's origin (or host) is not on it. No list means no restriction. Exported for the
 * socket area (`kind: 'socket'`).
 */
export function checkDomain(kind: DomainKind, url: URL): void {
  const list = config.domains?.[kind]
  if (list === undefined) return
  if (!Array.isArray(list) || list.some(entry => typeof entry !== 'string'))
    throw new TypeError(`[wx-h5] configure: \`domains.${kind}\` must be an array of origins like 'https://api.example.com'.`)
  if (!list.some(entry => matches(entry, url))) throw fail('url not in domain list', DOMAIN_ERRNO)
}
