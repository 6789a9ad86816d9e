/**
 * A route API's `url` as WeChat reads it: `/pages/a/b?x=1` is absolute, anything else is
 * relative to the current page's folder (`../c/d`, `detail?id=1`). The query is kept as
 * written.
 */
export function resolveUrl(url: string, currentRoute: string | undefined): { route: string, search: string } {
  // The path runs to the first `?` or `#`; the query from that `?` to the `#`.
  const [, pathPart, search = ''] = /^([^?#]*)(?:\?([^#]*))?/.exec(url)!
  const absolute = pathPart.startsWith('/') || currentRoute === undefined
  const segments = absolute ? [] : currentRoute.split('/').slice(0, -1)
  for (const segment of pathPart.split('/')) {
    if (segment === '' || segment === '.') continue
    if (segment === '..') segments.pop()
    else segments.push(segment)
  }
  return { route: segments.join('/').replace(/\.html$/, ''), search }
}
