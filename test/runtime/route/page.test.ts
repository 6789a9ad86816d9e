import { describe, expect, it } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { errorChannel } from '../../../runtime/internal/hub'
import { getCurrentPages, Page } from '../../../runtime/route/globals'
import { navigateBack, navigateTo, redirectTo } from '../../../runtime/route/navigate'
import { definePage, log, routes, useStartedApp, visible } from './fixture'

useStartedApp()

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

describe('app visibility', () => {
  it('hides the current page before the app hides, and shows it after the app shows', async () => {
    await navigateTo({ url: '/pages/a/a' })
    log.length = 0
    const appListener = () => log.push(`app ${document.visibilityState}`)
    document.addEventListener('visibilitychange', appListener)
    const setVisibility = (state: string) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true })
      document.dispatchEvent(new Event('visibilitychange', { bubbles: true }))
    }
    try {
      setVisibility('hidden')
      setVisibility('hidden')
      setVisibility('visible')
    }
    finally {
      document.removeEventListener('visibilitychange', appListener)
      delete (document as unknown as Record<string, unknown>).visibilityState
    }
    expect(log).toEqual(['a.onHide', 'app hidden', 'app hidden', 'app visible', 'a.onShow'])
    expect(document.visibilityState).toBe('visible')
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
