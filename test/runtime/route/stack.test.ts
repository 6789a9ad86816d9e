import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { errorChannel } from '../../../runtime/internal/hub'
import { getCurrentPages, Page } from '../../../runtime/route/globals'
import { navigateBack, navigateTo, redirectTo, reLaunch, switchTab } from '../../../runtime/route/navigate'
import { routerIdle } from '../../../runtime/route/stack'
import { startRouter } from '../../../runtime/route/start'
import { definePage, log, routes, setupApp, visible } from './fixture'

beforeAll(async () => {
  history.replaceState(null, '', '#/')
  setupApp('hash')
  await startRouter()
})

beforeEach(async () => {
  await reLaunch({ url: '/pages/home/home' })
  log.length = 0
})

describe('startRouter', () => {
  it('opened the entry page once, however often it is called', async () => {
    await startRouter()
    await startRouter()
    expect(routes(getCurrentPages())).toEqual(['pages/home/home'])
    expect(location.hash).toBe('#/pages/home/home')
  })
})

describe('navigateTo', () => {
  it('pushes the page, hides the opener and passes the query exactly as written', async () => {
    const res = await navigateTo({ url: '/pages/a/a?x=1&y=%20z&eq=a=b&flag&empty=' })
    expect(res.errMsg).toBe('navigateTo:ok')
    expect(typeof res.eventChannel.emit).toBe('function')
    expect(log).toEqual(['home.onHide', 'a.onLoad {"x":"1","y":"%20z","eq":"a=b","flag":"","empty":""}', 'a.onShow', 'a.onReady'])
    const pages = getCurrentPages()
    expect(routes(pages)).toEqual(['pages/home/home', 'pages/a/a'])
    expect(pages[1].options).toEqual({ x: '1', y: '%20z', eq: 'a=b', flag: '', empty: '' })
    expect(location.hash).toBe('#/pages/a/a?x=1&y=%20z&eq=a=b&flag&empty=')
    expect(visible().map(el => el.dataset.route)).toEqual(['pages/a/a'])
  })

  it('fails for an unknown page, a tab page, and a wrong url type', async () => {
    await expect(navigateTo({ url: '/pages/x' })).rejects.toEqual({ errMsg: 'navigateTo:fail page "pages/x" is not found' })
    await expect(navigateTo({ url: '/pages/tab2/tab2' })).rejects.toEqual({ errMsg: 'navigateTo:fail can not navigateTo a tabbar page' })
    await expect(navigateTo({ url: 1 as unknown as string })).rejects.toEqual({ errMsg: 'navigateTo:fail parameter error: parameter.url should be String instead of Number;' })
    expect(routes(getCurrentPages())).toEqual(['pages/home/home'])
    expect(log).toEqual([])
  })

  it('resolves relative urls against the current page', async () => {
    await navigateTo({ url: '../a/a' })
    await navigateTo({ url: '../../sub/d/d?k=v' })
    await navigateTo({ url: '/pages/b/b' })
    await navigateTo({ url: './../c/c' })
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/a/a', 'sub/d/d', 'pages/b/b', 'pages/c/c'])
    expect(getCurrentPages()[2].options).toEqual({ k: 'v' })
  })

  it('holds 10 pages: the 11th navigateTo fails', async () => {
    for (let i = 0; i < 9; i++) await navigateTo({ url: `/pages/a/a?i=${i}` })
    expect(getCurrentPages()).toHaveLength(10)
    const calls: string[] = []
    await new Promise((resolve) => {
      navigateTo({ url: '/pages/b/b', fail: r => calls.push(`fail ${r.errMsg}`), complete: (r) => { calls.push('complete'); resolve(r) } })
    })
    expect(calls).toEqual(['fail navigateTo:fail webview count limit exceed', 'complete'])
    expect(getCurrentPages()).toHaveLength(10)
  })

  it('does not push twice for a repeated call while the first is pending; both settle', async () => {
    const first = navigateTo({ url: '/pages/a/a' })
    const second = navigateTo({ url: '/pages/a/a' })
    await expect(first).resolves.toMatchObject({ errMsg: 'navigateTo:ok' })
    await expect(second).rejects.toEqual({ errMsg: 'navigateTo:fail the same navigation is still pending' })
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/a/a'])
    // Different targets queue and both run, in call order.
    const b = navigateTo({ url: '/pages/b/b' })
    const c = navigateTo({ url: '/pages/c/c' })
    await Promise.all([b, c])
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/a/a', 'pages/b/b', 'pages/c/c'])
  })
})

describe('redirectTo', () => {
  it('replaces the current page: onUnload, then onLoad and onShow', async () => {
    await navigateTo({ url: '/pages/a/a' })
    log.length = 0
    const res = await redirectTo({ url: '/pages/b/b?q=1' })
    expect(res).toEqual({ errMsg: 'redirectTo:ok' })
    expect(log).toEqual(['a.onUnload', 'b.onLoad {"q":"1"}', 'b.onShow', 'b.onReady'])
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/b/b'])
    expect(location.hash).toBe('#/pages/b/b?q=1')
    expect(document.querySelectorAll('.wx-h5-page')).toHaveLength(2)
  })

  it('fails for a tab page and an unknown page', async () => {
    await expect(redirectTo({ url: '/pages/tab2/tab2' })).rejects.toEqual({ errMsg: 'redirectTo:fail can not redirectTo a tabbar page' })
    await expect(redirectTo({ url: 'nope' })).rejects.toEqual({ errMsg: 'redirectTo:fail page "pages/home/nope" is not found' })
  })
})

describe('navigateBack', () => {
  it('closes the pages above, top first, and shows the page below with its state', async () => {
    await navigateTo({ url: '/pages/a/a' })
    getCurrentPages()[1].setData({ n: 5 })
    await navigateTo({ url: '/pages/b/b' })
    await navigateTo({ url: '/pages/c/c' })
    log.length = 0
    expect(await navigateBack({ delta: 2 })).toEqual({ errMsg: 'navigateBack:ok' })
    expect(log).toEqual(['c.onUnload', 'b.onUnload', 'a.onShow'])
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/a/a'])
    expect(getCurrentPages()[1].data).toEqual({ n: 5 })
    expect(visible()[0].textContent).toBe('pages/a/a {"n":5}')
    expect(location.hash).toBe('#/pages/a/a')
  })

  it('stops at the first page when delta exceeds the stack', async () => {
    await navigateTo({ url: '/pages/a/a' })
    await navigateTo({ url: '/pages/b/b' })
    await navigateBack({ delta: 99 })
    expect(routes(getCurrentPages())).toEqual(['pages/home/home'])
    expect(location.hash).toBe('#/pages/home/home')
  })

  it('fails at the first page', async () => {
    const calls: unknown[] = []
    await new Promise((resolve) => {
      navigateBack({ fail: r => calls.push(r), complete: (r) => { calls.push(r); resolve(r) } })
    })
    expect(calls).toEqual([{ errMsg: 'navigateBack:fail cannot navigate back at first page.' }, { errMsg: 'navigateBack:fail cannot navigate back at first page.' }])
  })

  it('keeps each page\'s scroll position', async () => {
    Page('pages/long/long', { render(el) { el.style.height = '5000px' } })
    await navigateTo({ url: '/pages/long/long' })
    visible()[0].scrollTop = 700
    await navigateTo({ url: '/pages/a/a' })
    expect(visible()[0].scrollTop).toBe(0)
    await navigateBack()
    expect(visible()[0].scrollTop).toBe(700)
  })
})

describe('switchTab', () => {
  it('follows WeChat\'s tab lifecycle table', async () => {
    // A → B
    await switchTab({ url: '/pages/tab2/tab2' })
    expect(log.splice(0)).toEqual(['home.onHide', 'tab2.onLoad {}', 'tab2.onShow', 'tab2.onReady'])
    // B → A again: A stayed loaded
    await switchTab({ url: '/pages/home/home' })
    expect(log.splice(0)).toEqual(['tab2.onHide', 'home.onShow'])
    // A → A: nothing
    expect(await switchTab({ url: '/pages/home/home' })).toEqual({ errMsg: 'switchTab:ok' })
    expect(log.splice(0)).toEqual([])
    // C (opened from A) → A
    await navigateTo({ url: '/pages/c/c' })
    log.length = 0
    await switchTab({ url: '/pages/home/home' })
    expect(log.splice(0)).toEqual(['c.onUnload', 'home.onShow'])
    // C (opened from A) → B (B still loaded from before)
    await navigateTo({ url: '/pages/c/c' })
    log.length = 0
    await switchTab({ url: '/pages/tab2/tab2' })
    expect(log.splice(0)).toEqual(['home.onUnload', 'c.onUnload', 'tab2.onShow'])
    expect(routes(getCurrentPages())).toEqual(['pages/tab2/tab2'])
    expect(location.hash).toBe('#/pages/tab2/tab2')
  })

  it('drops the query and fails for a non-tab or unknown page', async () => {
    await switchTab({ url: '/pages/tab2/tab2?x=1' })
    expect(getCurrentPages()[0].options).toEqual({})
    await expect(switchTab({ url: '/pages/a/a' })).rejects.toEqual({ errMsg: 'switchTab:fail can not switch to no-tabBar page' })
    await expect(switchTab({ url: '/pages/zz' })).rejects.toEqual({ errMsg: 'switchTab:fail page "pages/zz" is not found' })
  })
})

describe('reLaunch', () => {
  it('closes every page, hidden tabs included, and opens the new one with its query', async () => {
    await switchTab({ url: '/pages/tab2/tab2' })
    await navigateTo({ url: '/pages/a/a' })
    log.length = 0
    await reLaunch({ url: '/pages/b/b?z=%E4%BD%A0' })
    expect(log).toEqual(['a.onUnload', 'tab2.onUnload', 'home.onUnload', 'b.onLoad {"z":"%E4%BD%A0"}', 'b.onShow', 'b.onReady'])
    expect(routes(getCurrentPages())).toEqual(['pages/b/b'])
    expect([...document.querySelectorAll<HTMLElement>('.wx-h5-page')].map(e => e.dataset.route)).toEqual(['pages/b/b'])
    await expect(reLaunch({ url: '/pages/nope' })).rejects.toEqual({ errMsg: 'reLaunch:fail page "pages/nope" is not found' })
  })
})

describe('browser back and forward', () => {
  it('back moves the stack as navigateBack; forward opens the page again', async () => {
    await navigateTo({ url: '/pages/a/a?v=1' })
    await navigateTo({ url: '/pages/b/b' })
    log.length = 0
    await popstate(() => history.back())
    expect(log.splice(0)).toEqual(['b.onUnload', 'a.onShow'])
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/a/a'])
    await popstate(() => history.forward())
    expect(log.splice(0)).toEqual(['a.onHide', 'b.onLoad {}', 'b.onShow', 'b.onReady'])
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/a/a', 'pages/b/b'])
    await popstate(() => history.go(-2))
    expect(routes(getCurrentPages())).toEqual(['pages/home/home'])
    expect(log.splice(0)).toEqual(['b.onUnload', 'a.onUnload', 'home.onShow'])
  })
})

async function popstate(move: () => void): Promise<void> {
  await new Promise<void>((resolve) => {
    addEventListener('popstate', () => resolve(), { once: true })
    move()
  })
  await routerIdle()
}

describe('Page', () => {
  it('setData writes path keys, re-renders once and calls back after the render', async () => {
    let renders = 0
    let seenInCallback = ''
    Page('pages/c/c', {
      data: { a: { b: [{ c: 1 }, { c: 2 }] }, list: [] },
      render(el, data) {
        renders++
        el.textContent = JSON.stringify(data)
      },
    })
    await navigateTo({ url: '/pages/c/c' })
    const page = getCurrentPages()[1]
    const container = visible()[0]
    renders = 0
    page.setData({ 'a.b[1].c': 3, 'list[2]': 'x', 'fresh.deep': true }, () => { seenInCallback = container.textContent! })
    page.setData({ n: 1 })
    expect(page.data).toEqual({ a: { b: [{ c: 1 }, { c: 3 }] }, list: [undefined, undefined, 'x'], fresh: { deep: true }, n: 1 })
    expect(renders).toBe(0)
    await new Promise(resolve => setTimeout(resolve))
    expect(renders).toBe(1)
    expect(seenInCallback).toBe(JSON.stringify(page.data))
    definePage('pages/c/c')
  })

  it('gives each instance its own copy of data, copies other fields and accepts onShareAppMessage', async () => {
    Page('pages/c/c', { data: { list: [1] }, custom: { k: 1 }, onShareAppMessage() { return { title: 't' } }, onLoad() { (this.data.list as number[]).push(2) } })
    await navigateTo({ url: '/pages/c/c' })
    await navigateTo({ url: '/pages/b/b' })
    await redirectTo({ url: '/pages/c/c' })
    const [, first, second] = getCurrentPages()
    expect(first.data).toEqual({ list: [1, 2] })
    expect(second.data).toEqual({ list: [1, 2] })
    expect(first.data).not.toBe(second.data)
    expect(first.custom).toEqual({ k: 1 })
    expect((first.onShareAppMessage as () => unknown)()).toEqual({ title: 't' })
    expect(first.route).toBe('pages/c/c')
    definePage('pages/c/c')
  })

  it('reports a throwing hook to onError and still completes the navigation', async () => {
    const errors: unknown[] = []
    const listen = (e: unknown) => errors.push(e)
    errorChannel.add(listen)
    Page('pages/c/c', { onLoad() { throw new Error('boom') } })
    await expect(navigateTo({ url: '/pages/c/c' })).resolves.toMatchObject({ errMsg: 'navigateTo:ok' })
    errorChannel.remove(listen)
    expect((errors[0] as Error).message).toBe('boom')
    expect(routes(getCurrentPages())).toEqual(['pages/home/home', 'pages/c/c'])
    definePage('pages/c/c')
  })

  it('loads a page module lazily and binds its Page() call to the route', async () => {
    configure({ pages: { 'pages/lazy/lazy': () => import('./lazy-page') } })
    await navigateTo({ url: '/pages/lazy/lazy?p=1' })
    const mod = await import('./lazy-page')
    expect(mod.evaluated.count).toBe(1)
    expect(getCurrentPages()[1].data).toEqual({ lazy: true })
    expect((globalThis as Record<string, unknown>).__lazyQuery).toEqual({ p: '1' })
    expect(visible()[0].textContent).toBe('lazy {"lazy":true}')
    await navigateBack()
    await navigateTo({ url: '/pages/lazy/lazy' })
    expect(mod.evaluated.count).toBe(1)
  })

  it('fails the navigation when a page module fails to load', async () => {
    configure({ pages: { 'pages/broken/broken': () => Promise.reject(new Error('network down')) } })
    await expect(navigateTo({ url: '/pages/broken/broken' })).rejects.toEqual({ errMsg: 'navigateTo:fail page "pages/broken/broken" failed to load: network down' })
    configure({ pages: { 'pages/broken/broken': () => Promise.resolve({}) } })
    await expect(navigateTo({ url: '/pages/broken/broken' })).rejects.toEqual({ errMsg: 'navigateTo:fail page "pages/broken/broken" has not been registered with Page()' })
    expect(routes(getCurrentPages())).toEqual(['pages/home/home'])
  })
})

describe('render adapter', () => {
  it('renders pages without a render option through configure({ render }) and cleans up on unload', async () => {
    const calls: string[] = []
    configure({
      render(page, container) {
        calls.push(`render ${page.route} ${JSON.stringify(page.data)}`)
        container.textContent = `adapter ${page.route}`
        return () => calls.push(`cleanup ${page.route}`)
      },
    })
    Page('pages/c/c', { data: { v: 1 } })
    await navigateTo({ url: '/pages/c/c' })
    expect(visible()[0].textContent).toBe('adapter pages/c/c')
    await new Promise<void>(resolve => getCurrentPages()[1].setData({ v: 2 }, resolve))
    await navigateBack()
    expect(calls).toEqual(['render pages/c/c {"v":1}', 'render pages/c/c {"v":2}', 'cleanup pages/c/c'])
    configure({ render: undefined })
    definePage('pages/c/c')
  })

  it('passes window resizes to the current page\'s onResize', async () => {
    const sizes: unknown[] = []
    Page('pages/c/c', { onResize(e) { sizes.push(e.size) } })
    await navigateTo({ url: '/pages/c/c' })
    dispatchEvent(new Event('resize'))
    expect(sizes).toEqual([{ windowWidth: document.documentElement.clientWidth, windowHeight: document.documentElement.clientHeight }])
    definePage('pages/c/c')
  })
})

describe('EventChannel', () => {
  it('works both ways as in WeChat\'s example', async () => {
    const received: unknown[] = []
    Page('pages/c/c', {
      onLoad() {
        const channel = this.getOpenerEventChannel()
        channel.emit('acceptDataFromOpenedPage', { data: 'from opened' })
        channel.emit('someEvent', { data: 'some' })
        channel.on('acceptDataFromOpenerPage', data => received.push(['opened got', data]))
      },
    })
    const res = await navigateTo({
      url: '/pages/c/c',
      events: {
        acceptDataFromOpenedPage: (data: unknown) => received.push(['opener got', data]),
        someEvent: (data: unknown) => received.push(['opener some', data]),
      },
    })
    res.eventChannel.emit('acceptDataFromOpenerPage', { data: 'from opener' })
    expect(received).toEqual([
      ['opener got', { data: 'from opened' }],
      ['opener some', { data: 'some' }],
      ['opened got', { data: 'from opener' }],
    ])
    definePage('pages/c/c')
  })

  it('supports once and off', async () => {
    const res = await navigateTo({ url: '/pages/c/c' })
    const ch = res.eventChannel
    const got: string[] = []
    const keep = (v: unknown) => got.push(`on ${v}`)
    ch.on('e', keep)
    ch.once('e', v => got.push(`once ${v}`))
    ch.emit('e', 1)
    ch.emit('e', 2)
    ch.off('e', keep)
    ch.emit('e', 3)
    const onceFn = (v: unknown) => got.push(`once2 ${v}`)
    ch.once('f', onceFn)
    ch.off('f', onceFn)
    ch.emit('f', 4)
    ch.on('g', v => got.push(`g ${v}`))
    ch.off('g')
    ch.emit('g', 5)
    expect(got).toEqual(['on 1', 'once 1', 'on 2'])
    expect(getCurrentPages()[1].getOpenerEventChannel()).toBe(ch)
  })
})
