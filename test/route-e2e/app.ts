// The app the route e2e tests drive: pages registered as ordinary web code, router in
// history mode under a base path (or hash mode with ?mode=hash in the first URL).
import { configure } from '../../runtime/internal/config'
import { getCurrentPages, Page } from '../../runtime/route/globals'
import { navigateBack, navigateTo, redirectTo, reLaunch, switchTab } from '../../runtime/route/navigate'
import { startRouter } from '../../runtime/route/start'
import { pageNotFoundChannel } from '../../runtime/internal/hub'
import { routerIdle } from '../../runtime/route/stack'
import { navigationBar } from '../../runtime/ui/navigation-bar'
import { pullDownRefresh } from '../../runtime/ui/pull-down'
import { tabBar } from '../../runtime/ui/tab-bar'

export const TABS = ['pages/tab1/index', 'pages/tab2/index']
export const OTHERS = ['pages/p1/index', 'pages/p2/index', 'pkg/p3/index']

const mode = sessionStorage.getItem('mode') === 'hash' ? 'hash' : 'history'
const w = globalThis as Record<string, unknown>
const events: string[] = JSON.parse(sessionStorage.getItem('events') ?? '[]')
const record = (e: string): void => {
  events.push(e)
  sessionStorage.setItem('events', JSON.stringify(events))
}

configure({
  app: {
    pages: [...TABS, 'pages/p1/index', 'pages/p2/index'],
    subpackages: [{ root: 'pkg', pages: ['p3/index'] }],
    tabBar: { list: TABS.map(pagePath => ({ pagePath, text: pagePath })) },
  },
  router: { mode, base: '/app/' },
  pageConfig: { 'pages/p2/index': { enablePullDownRefresh: true } },
  chrome: [navigationBar, tabBar, pullDownRefresh],
})

for (const route of [...TABS, ...OTHERS]) {
  Page(route, {
    onLoad(query) { record(`${route}.onLoad ${JSON.stringify(query)}`) },
    onShow() { record(`${route}.onShow`) },
    onUnload() { record(`${route}.onUnload`) },
    onPullDownRefresh() { record(`${route}.onPullDownRefresh`) },
    render(el) { el.textContent = `${route}|${JSON.stringify(this.options)}` },
  })
}

pageNotFoundChannel.add(e => record(`notFound ${JSON.stringify(e)}`))

let pops = 0
addEventListener('popstate', () => { pops++ })

const apis: Record<string, (o: object) => Promise<unknown>> = { navigateTo, redirectTo, switchTab, reLaunch, navigateBack } as never

w.__t = {
  async call(api: string, options: object) {
    try {
      const res = await apis[api](options) as { errMsg: string }
      return res.errMsg
    }
    catch (err) {
      return (err as { errMsg: string }).errMsg
    }
  },
  pops: () => pops,
  /** Several steps in one round trip, with the snapshot after each. */
  async run(steps: Array<{ kind: string, api?: string, url?: string, delta?: number }>) {
    const results = []
    for (const step of steps) results.push(await (w.__t as { step: (s: object) => Promise<unknown> }).step(step))
    return results
  },
  /** One model step in one round trip: a route call, or history.back()/forward() (the same traversal as the buttons). */
  async step(step: { kind: string, api?: string, url?: string, delta?: number }) {
    let errMsg: string | undefined
    if (step.kind === 'api') {
      errMsg = await (w.__t as { call: (a: string, o: object) => Promise<string> }).call(step.api!, step.api === 'navigateBack' ? { delta: step.delta } : { url: step.url })
    }
    else {
      await new Promise<void>((resolve) => {
        addEventListener('popstate', () => resolve(), { once: true })
        if (step.kind === 'back') history.back()
        else history.forward()
      })
      await routerIdle()
    }
    return { errMsg, snapshot: (w.__t as { snapshot: () => unknown }).snapshot() }
  },
  idle: () => routerIdle(),
  events() {
    sessionStorage.removeItem('events')
    return events.splice(0)
  },
  snapshot() {
    const shown = [...document.querySelectorAll<HTMLElement>('.wx-h5-page')].filter(el => !el.hidden)
    return {
      pages: getCurrentPages().map(p => ({ route: p.route, options: p.options })),
      url: location.pathname + location.search + location.hash,
      visible: shown.map(el => el.textContent),
      containers: [...document.querySelectorAll<HTMLElement>('.wx-h5-page')].map(el => el.dataset.route).sort(),
    }
  },
}
w.__ready = startRouter().then(() => true)
