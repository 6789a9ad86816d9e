import { config } from './config'

/** How routes appear in the address bar: `/base/pages/a/b?x=1` (history) or `/base/#/pages/a/b?x=1` (hash). */
export interface RouterConfig { mode?: 'history' | 'hash', base?: string }

declare module './config' {
  interface WxH5Config {
    /** URL scheme of the page stack. Default: history mode at base '/'. */
    router?: RouterConfig
  }
}

export interface RouteLocation { path: string, query: Record<string, string> }

/**
 * wx query semantics: split on `&`, then at the first `=`; values stay exactly as written
 * (no percent-decoding: mini-program code decodes them itself).
 */
export function parseQuery(search: string): Record<string, string> {
  const query: Record<string, string> = {}
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue
    const eq = part.indexOf('=')
    if (eq === -1) query[part] = ''
    else query[part.slice(0, eq)] = part.slice(eq + 1)
  }
  return query
}

/** `a=1&b=2` from a query record, values as given. */
export function stringifyQuery(query: Record<string, string>): string {
  return Object.keys(query).map(k => `${k}=${query[k]}`).join('&')
}

function normalizedBase(): string {
  const base = config.router?.base ?? '/'
  return base.endsWith('/') ? base : `${base}/`
}

/** The route (no leading slash, as wx reports `path`) and query the browser is showing. */
export function readLocation(loc: Pick<Location, 'pathname' | 'search' | 'hash'> = location): RouteLocation {
  const { path, search } = readRawLocation(loc)
  return { path, query: parseQuery(search) }
}

/** Like readLocation, with the query string kept as written (order and duplicates intact). */
export function readRawLocation(loc: Pick<Location, 'pathname' | 'search' | 'hash'> = location): { path: string, search: string } {
  let rest: string
  if (config.router?.mode === 'hash') {
    rest = loc.hash.replace(/^#\/?/, '')
  }
  else {
    const base = normalizedBase()
    // `/app` is the base `/app/` itself, not a route named "app".
    const pathname = `${loc.pathname}/` === base ? base : loc.pathname
    const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')
    rest = path + loc.search
  }
  const q = rest.indexOf('?')
  const path = (q === -1 ? rest : rest.slice(0, q)).replace(/^\/+/, '').replace(/\.html$/, '')
  return { path, search: q === -1 ? '' : rest.slice(q + 1) }
}

/** The address-bar URL for a route and its raw query string. */
export function routeUrl(path: string, search = ''): string {
  const tail = search ? `${path}?${search}` : path
  return config.router?.mode === 'hash' ? `${normalizedBase()}#/${tail}` : `${normalizedBase()}${tail}`
}
