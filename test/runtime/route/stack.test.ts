import { describe, expect, it } from 'vitest'
import { getCurrentPages, Page } from '../../../runtime/route/globals'
import { navigateBack, navigateTo, redirectTo, reLaunch, switchTab } from '../../../runtime/route/navigate'
import { routerIdle } from '../../../runtime/route/stack'
import { startRouter } from '../../../runtime/route/start'
import { log, routes, useStartedApp, visible } from './fixture'

useStartedApp()

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
    const second = navigateTo({ url: '../a/a' })
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
