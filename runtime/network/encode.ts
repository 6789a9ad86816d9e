import { typeName } from '../internal/params'

/**
 * `data`'s entries as strings (query strings, uploadFile's `formData`): undefined values
 * are left out, objects and arrays become JSON (String() would give "[object Object]").
 */
export function stringEntries(data: object): Array<[string, string]> {
  const entries: Array<[string, string]> = []
  for (const [key, value] of Object.entries(data)) {
    if (value !== undefined) entries.push([key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)])
  }
  return entries
}

/** Object or array `data` as `k=v&k2=v2`, encodeURIComponent on both sides; undefined for anything else. */
function toQueryString(data: unknown): string | undefined {
  const type = typeName(data)
  if (type === 'Object' || type === 'Array')
    return stringEntries(data as object).map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`).join('&')
}

/**
 * GET and HEAD carry no body: object `data` goes into the query string, a string is
 * appended as is. The `#fragment` is dropped, as fetch never sends it anyway.
 */
export function withQuery(url: string, data: unknown): string {
  const query = typeof data === 'string' ? data : toQueryString(data)
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
  return (/application\/x-www-form-urlencoded/i.test(contentType) ? toQueryString(data) : undefined) ?? JSON.stringify(data)
}
