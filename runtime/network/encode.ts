import { typeName } from '../internal/params'

function isPlainData(data: unknown): data is object {
  const type = typeName(data)
  return type === 'Object' || type === 'Array'
}

/**
 * `data`'s entries as strings (query strings, uploadFile's `formData`): undefined values
 * are left out, objects and arrays become JSON (String() would give "[object Object]").
 */
export function stringEntries(data: object): Array<[string, string]> {
  return Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => [key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)])
}

/** `k=v&k2=v2` with encodeURIComponent on both sides. */
function toQueryString(data: object): string {
  return stringEntries(data).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')
}

/**
 * GET and HEAD carry no body: object `data` goes into the query string, a string is
 * appended as is. The `#fragment` is dropped, as fetch never sends it anyway.
 */
export function withQuery(url: string, data: unknown): string {
  const query = typeof data === 'string' ? data : isPlainData(data) ? toQueryString(data) : ''
  if (!query) return url
  const base = url.split('#')[0]
  const separator = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&'
  return base + separator + query
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
