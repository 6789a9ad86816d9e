// Runs in Chromium (bench/route.js). A navigateTo + navigateBack cycle through the router
// (page module, lifecycle hooks, one container per page, nav bar, history.state with the
// whole stack) against the floor it is built on: history.pushState plus history.back()
// awaiting popstate, with the same DOM swap done by hand. And setData with a path key plus
// its render against the same render called directly. Paired rounds, median ratios.
import { configure } from '../runtime/internal/config'
import { getCurrentPages, Page } from '../runtime/route/globals'
import { navigateBack, navigateTo } from '../runtime/route/navigate'
import { startRouter } from '../runtime/route/start'

const ROUNDS = 15
const CYCLES = 20
const SETDATA = 5000

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]!
}

const render = (el: HTMLElement, data: Record<string, unknown>): void => {
  el.textContent = JSON.stringify(data)
}

async function routerCycles(): Promise<number> {
  const t0 = performance.now()
  for (let i = 0; i < CYCLES; i++) {
    await navigateTo({ url: `/pages/detail/detail?i=${i}` })
    await navigateBack()
  }
  return (performance.now() - t0) / CYCLES
}

async function rawCycles(host: HTMLElement): Promise<number> {
  const t0 = performance.now()
  for (let i = 0; i < CYCLES; i++) {
    const el = document.createElement('div')
    render(el, { i })
    host.firstElementChild?.setAttribute('hidden', '')
    host.append(el)
    history.pushState({ i }, '', `#/raw/${i}`)
    await new Promise(resolve => {
      addEventListener('popstate', resolve, { once: true })
      history.back()
    })
    el.remove()
    host.firstElementChild?.removeAttribute('hidden')
  }
  return (performance.now() - t0) / CYCLES
}

async function setDataRenders(): Promise<number> {
  const page = getCurrentPages()[0]!
  const t0 = performance.now()
  for (let i = 0; i < SETDATA; i++) await new Promise<void>(resolve => page.setData({ 'list[3].n': i }, resolve))
  return (performance.now() - t0) / SETDATA
}

async function directRenders(el: HTMLElement): Promise<number> {
  const data = { list: [{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }] }
  const t0 = performance.now()
  for (let i = 0; i < SETDATA; i++) {
    data.list[3].n = i
    await Promise.resolve()
    render(el, data)
  }
  return (performance.now() - t0) / SETDATA
}

async function main() {
  configure({ app: { pages: ['pages/index/index', 'pages/detail/detail'] }, router: { mode: 'hash' } })
  Page('pages/index/index', { data: { list: [{ n: 0 }, { n: 1 }, { n: 2 }, { n: 3 }] }, render })
  Page('pages/detail/detail', { render(el) { render(el, this.options) } })
  await startRouter()
  const host = document.createElement('div')
  host.append(document.createElement('div'))
  document.body.append(host)
  const scratch = document.createElement('div')
  const ms: Record<string, number[]> = { router: [], raw: [], setData: [], direct: [] }
  const ratios: Record<string, number[]> = { navigateCycle: [], setData: [] }
  for (let r = 0; r < ROUNDS; r++) {
    const router = await routerCycles()
    const raw = await rawCycles(host)
    const set = await setDataRenders()
    const direct = await directRenders(scratch)
    ms.router.push(router)
    ms.raw.push(raw)
    ms.setData.push(set)
    ms.direct.push(direct)
    ratios.navigateCycle.push(router / raw)
    ratios.setData.push(set / direct)
  }
  return {
    msMedian: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, median(v)])),
    ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, median(v)])),
  }
}

(globalThis as Record<string, unknown>).__bench = main()
