/**
 * A reference model of WeChat's page stack, written from the rules (route.html and the
 * observed errMsg strings), independent of the runtime: the page stack, the browser's
 * history entries under it, and the tab pages kept alive off the stack.
 */
export interface Entry { route: string, search: string }

export const TABS = ['pages/tab1/index', 'pages/tab2/index']
export const KNOWN = [...TABS, 'pages/p1/index', 'pages/p2/index', 'pkg/p3/index']

export function parseQuery(search: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const part of search.split('&')) {
    if (!part) continue
    const i = part.indexOf('=')
    if (i < 0) out[part] = ''
    else out[part.slice(0, i)] = part.slice(i + 1)
  }
  return out
}

function resolve(url: string, current: string): Entry {
  const [path, search = ''] = url.split(/\?(.*)/s)
  const parts = path.startsWith('/') ? [] : current.split('/').slice(0, -1)
  for (const seg of path.split('/')) {
    if (!seg || seg === '.') continue
    if (seg === '..') parts.pop()
    else parts.push(seg)
  }
  return { route: parts.join('/'), search }
}

export class StackModel {
  /** Browser history entries of the app; `pos` is the current one. The stack is hist[0..pos]. */
  hist: Entry[]
  pos: number
  alive = new Set<string>()

  constructor(hist: Entry[], pos: number) {
    this.hist = hist
    this.pos = pos
  }

  get stack(): Entry[] {
    return this.hist.slice(0, this.pos + 1)
  }

  get top(): Entry {
    return this.hist[this.pos]
  }

  private target(api: string, url: string): Entry | string {
    const t = resolve(url, this.top.route)
    return KNOWN.includes(t.route) ? t : `${api}:fail page "${t.route}" is not found`
  }

  navigateTo(url: string): string {
    const t = this.target('navigateTo', url)
    if (typeof t === 'string') return t
    if (TABS.includes(t.route)) return 'navigateTo:fail can not navigateTo a tabbar page'
    if (this.pos + 1 >= 10) return 'navigateTo:fail webview count limit exceed'
    this.hist = [...this.stack, t]
    this.pos++
    return 'navigateTo:ok'
  }

  redirectTo(url: string): string {
    const t = this.target('redirectTo', url)
    if (typeof t === 'string') return t
    if (TABS.includes(t.route)) return 'redirectTo:fail can not redirectTo a tabbar page'
    this.hist[this.pos] = t
    return 'redirectTo:ok'
  }

  switchTab(url: string): string {
    const t = this.target('switchTab', url)
    if (typeof t === 'string') return t
    if (!TABS.includes(t.route)) return 'switchTab:fail can not switch to no-tabBar page'
    const bottom = this.hist[0]
    if (this.pos === 0 && bottom.route === t.route) return 'switchTab:ok'
    if (bottom.route !== t.route) {
      // Tab to tab keeps the tab left alive; leaving a stack of pages closes all of it.
      if (this.pos === 0 && TABS.includes(bottom.route)) this.alive.add(bottom.route)
      this.alive.delete(t.route)
    }
    this.pos = 0
    this.hist[0] = { route: t.route, search: '' }
    return 'switchTab:ok'
  }

  reLaunch(url: string): string {
    const t = this.target('reLaunch', url)
    if (typeof t === 'string') return t
    this.alive.clear()
    this.pos = 0
    this.hist[0] = t
    return 'reLaunch:ok'
  }

  navigateBack(delta: number): string {
    if (this.pos === 0) return 'navigateBack:fail cannot navigate back at first page.'
    this.pos -= Math.min(Math.max(delta, 1), this.pos)
    return 'navigateBack:ok'
  }

  back(): undefined {
    this.pos--
    return undefined
  }

  forward(): undefined {
    this.pos++
    return undefined
  }

  /** A reload keeps the stack; the document (and every tab kept alive) starts over. */
  reload(): undefined {
    this.alive.clear()
    return undefined
  }
}
