import { typeName } from '../internal/params'

function encodeValue(value: unknown): string {
  // Objects and arrays become JSON: String() would give "[object Object]".
  return encodeURIComponent(typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))
}

/** `k=v&k2=v2` with encodeURIComponent on both sides; undefined values are left out. */
export function toQueryString(data: Record<string, unknown>): string {
  const pairs: string[] = []
  for (const key of Object.keys(data)) {
    const value = data[key]
    if (value !== undefined) pairs.push(`${encodeURIComponent(key)}=${encodeValue(value)}`)
  }
  return pairs.join('&')
}

/** Appends a query string before any `#fragment`. */
export function appendQuery(url: string, query: string): string {
  if (!query) return url
  const hash = url.indexOf('#')
  const base = hash === -1 ? url : url.slice(0, hash)
  const fragment = hash === -1 ? '' : url.slice(hash)
  const separator = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&'
  return `${base}${separator}${query}${fragment}`
}

function isPlainData(data: unknown): data is Record<string, unknown> {
  const type = typeName(data)
  return type === 'Object' || type === 'Array'
}

/** GET and HEAD carry no body: object `data` goes into the query string, a string is appended as is. */
export function queryFromData(data: unknown): string {
  if (typeof data === 'string') return data
  return isPlainData(data) ? toQueryString(data) : ''
}

/**
 * The body for other methods: strings and ArrayBuffers as they are; objects as
 * `x-www-form-urlencoded` when the content-type says so, JSON otherwise.
 */
export function bodyFromData(data: unknown, contentType: string): BodyInit | undefined {
  if (data === undefined || data === null) return undefined
  if (typeof data === 'string' || data instanceof ArrayBuffer || ArrayBuffer.isView(data)) return data as BodyInit
  if (/application\/x-www-form-urlencoded/i.test(contentType) && isPlainData(data)) return toQueryString(data)
  return JSON.stringify(data)
}
