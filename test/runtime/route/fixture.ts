import { beforeAll, beforeEach } from 'vitest'
import { configure, type WxH5Config } from '../../../runtime/internal/config'
import { Page } from '../../../runtime/route/globals'
import { reLaunch } from '../../../runtime/route/navigate'
import type { PageOptions } from '../../../runtime/route/page-types'
import { startRouter } from '../../../runtime/route/start'
import { navigationBar } from '../../../runtime/ui/navigation-bar'
import { pullDownRefresh } from '../../../runtime/ui/pull-down'
import { tabBar } from '../../../runtime/ui/tab-bar'

/** Lifecycle calls of every fixture page, as `short.hook` strings (`a.onLoad {"x":"1"}`). */
export const log: string[] = []

export const APP = {
  pages: ['pages/home/home', 'pages/tab2/tab2', 'pages/a/a', 'pages/b/b', 'pages/c/c', 'pages/lazy/lazy', 'pages/long/long', 'pages/broken/broken'],
  subpackages: [{ root: 'sub', pages: ['d/d'] }],
  window: { navigationBarTitleText: 'Demo', navigationBarBackgroundColor: '#111111', navigationBarTextStyle: 'white' },
  tabBar: { list: [{ pagePath: 'pages/home/home', text: 'Home' }, { pagePath: 'pages/tab2/tab2', text: 'Two' }] },
}

const short = (route: string): string => route.split('/').pop()!

export function definePage(route: string, extra: PageOptions = {}): void {
  const name = short(route)
  Page(route, {
    data: { n: 0 },
    onLoad(query) { log.push(`${name}.onLoad ${JSON.stringify(query)}`) },
    onShow() { log.push(`${name}.onShow`) },
    onReady() { log.push(`${name}.onReady`) },
    onHide() { log.push(`${name}.onHide`) },
    onUnload() { log.push(`${name}.onUnload`) },
    render(el, data) { el.textContent = `${route} ${JSON.stringify(data)}` },
    ...extra,
  })
}

export function setupApp(mode: 'hash' | 'history' = 'hash'): void {
  configure({ app: APP, router: { mode }, chrome: [navigationBar, tabBar, pullDownRefresh] })
  for (const route of ['pages/home/home', 'pages/tab2/tab2', 'pages/a/a', 'pages/b/b', 'pages/c/c', 'sub/d/d']) definePage(route)
}

/**
 * The fixture app, started once in hash mode for a test file (with `extra` configuration), and
 * back on a fresh home page with an empty log before each test.
 */
export function useStartedApp(extra: WxH5Config = {}): void {
  beforeAll(async () => {
    history.replaceState(null, '', '#/')
    setupApp('hash')
    configure(extra)
    await startRouter()
  })
  beforeEach(async () => {
    await reLaunch({ url: '/pages/home/home' })
    log.length = 0
  })
}

export function routes(pages: Array<{ route: string }>): string[] {
  return pages.map(p => p.route)
}

/** The one page container on screen. */
export function visible(): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>('.wx-h5-page')].filter(el => !el.hidden)
}
