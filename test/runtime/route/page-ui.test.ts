import { describe, expect, it } from 'vitest'
import { getCurrentPages, Page } from '../../../runtime/route/globals'
import { navigateBack, navigateTo, reLaunch, switchTab } from '../../../runtime/route/navigate'
import { routerIdle } from '../../../runtime/route/stack'
import { getMenuButtonBoundingClientRect } from '../../../runtime/ui/menu-button'
import { hideHomeButton, hideNavigationBarLoading, setNavigationBarColor, setNavigationBarTitle, showNavigationBarLoading } from '../../../runtime/ui/navigation-bar'
import { pageScrollTo } from '../../../runtime/ui/page-scroll'
import { startPullDownRefresh, stopPullDownRefresh } from '../../../runtime/ui/pull-down'
import { hideTabBar, hideTabBarRedDot, removeTabBarBadge, setTabBarBadge, setTabBarItem, setTabBarStyle, showTabBar, showTabBarRedDot } from '../../../runtime/ui/tab-bar'
import { APP, routes, useStartedApp, visible } from './fixture'

function nav(): ShadowRoot {
  return document.querySelector<HTMLElement>('.wx-h5-navigation-bar')!.shadowRoot!
}
function navPart(selector: string): HTMLElement {
  return nav().querySelector<HTMLElement>(selector)!
}
function tabHost(): HTMLElement {
  return document.querySelector<HTMLElement>('.wx-h5-tab-bar')!
}
function tabButtons(): HTMLElement[] {
  return [...tabHost().shadowRoot!.querySelectorAll<HTMLElement>('button')]
}

useStartedApp({ pageConfig: { 'pages/b/b': { navigationBarTitleText: 'Page B', enablePullDownRefresh: true, backgroundTextStyle: 'light' } } })

describe('navigation bar', () => {
  it('shows the title from window and page config and follows setNavigationBarTitle, per page', async () => {
    expect(navPart('.title').textContent).toBe('Demo')
    expect(document.title).toBe('Demo')
    await navigateTo({ url: '/pages/b/b' })
    expect(navPart('.title').textContent).toBe('Page B')
    expect(await setNavigationBarTitle({ title: 'Changed' })).toEqual({ errMsg: 'setNavigationBarTitle:ok' })
    expect(navPart('.title').textContent).toBe('Changed')
    expect(document.title).toBe('Changed')
    await navigateBack()
    expect(navPart('.title').textContent).toBe('Demo')
    await expect(setNavigationBarTitle({} as never)).rejects.toEqual({ errMsg: 'setNavigationBarTitle:fail parameter error: parameter.title should be String instead of Undefined;' })
  })

  it('applies colours with the animation\'s duration and timing function', async () => {
    const bar = navPart('.bar')
    expect(getComputedStyle(bar).backgroundColor).toBe('rgb(17, 17, 17)')
    expect(getComputedStyle(bar).color).toBe('rgb(255, 255, 255)')
    await setNavigationBarColor({ frontColor: '#000000', backgroundColor: '#ff0000', animation: { duration: 400, timingFunc: 'easeIn' } })
    expect(bar.style.transitionDuration).toBe('400ms')
    expect(bar.style.transitionTimingFunction).toBe('ease-in')
    expect(bar.style.backgroundColor).toBe('rgb(255, 0, 0)')
    expect(bar.style.color).toBe('rgb(0, 0, 0)')
    expect(navPart('.capsule').style.color).toBe('rgb(0, 0, 0)')
    await setNavigationBarColor({ frontColor: '#ffffff', backgroundColor: '#000000' })
    expect(navPart('.capsule').style.color).toBe('rgb(255, 255, 255)')
    expect(bar.style.transitionDuration).toBe('0ms')
    await expect(setNavigationBarColor({ frontColor: '#333333', backgroundColor: '#fff' })).rejects.toEqual({ errMsg: 'setNavigationBarColor:fail invalid frontColor "#333333"' })
    await expect(setNavigationBarColor({ frontColor: '#ffffff' } as never)).rejects.toEqual({ errMsg: 'setNavigationBarColor:fail parameter error: parameter.backgroundColor should be String instead of Undefined;' })
  })

  it('shows and hides the loading indicator', async () => {
    expect(navPart('.loading').hidden).toBe(true)
    await showNavigationBarLoading()
    expect(navPart('.loading').hidden).toBe(false)
    expect(await hideNavigationBarLoading()).toEqual({ errMsg: 'hideNavigationBarLoading:ok' })
    expect(navPart('.loading').hidden).toBe(true)
  })

  it('shows a home button on a first page that is not the entry page, and a back button above it', async () => {
    expect(navPart('.home').hidden).toBe(true)
    expect(navPart('.back').hidden).toBe(true)
    await reLaunch({ url: '/pages/a/a' })
    expect(navPart('.home').hidden).toBe(false)
    await navigateTo({ url: '/pages/b/b' })
    expect(navPart('.home').hidden).toBe(true)
    expect(navPart('.back').hidden).toBe(false)
    navPart('.back').click()
    await until(() => getCurrentPages().length === 1)
    expect(routes(getCurrentPages())).toEqual(['pages/a/a'])
    expect(navPart('.home').hidden).toBe(false)
    expect(await hideHomeButton()).toEqual({ errMsg: 'hideHomeButton:ok' })
    expect(navPart('.home').hidden).toBe(true)
    await reLaunch({ url: '/pages/c/c' })
    navPart('.home').click()
    await until(() => getCurrentPages()[0].route === 'pages/home/home')
  })

  it('reports the capsule\'s rect as drawn, the same on every call', () => {
    const rect = getMenuButtonBoundingClientRect()
    const drawn = navPart('.capsule').getBoundingClientRect()
    expect(rect).toEqual({ width: 87, height: 32, top: 6, bottom: 38, right: Math.round(drawn.right), left: Math.round(drawn.right) - 87 })
    expect(drawn.width).toBe(87)
    expect(drawn.top).toBe(6)
    expect(drawn.height).toBe(32)
    expect(rect.right).toBe(document.documentElement.clientWidth - 7)
    expect(getMenuButtonBoundingClientRect()).toEqual(rect)
  })
})

async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) {
    await routerIdle()
    await new Promise(resolve => setTimeout(resolve, 10))
  }
  expect(check()).toBe(true)
}

describe('tab bar', () => {
  it('shows on tab pages only and switches tabs on click', async () => {
    expect(tabHost().hidden).toBe(false)
    expect(tabButtons().map(b => b.textContent)).toEqual(['Home', 'Two'])
    expect(tabButtons()[0].getAttribute('aria-selected')).toBe('true')
    await navigateTo({ url: '/pages/a/a' })
    expect(tabHost().hidden).toBe(true)
    await navigateBack()
    tabButtons()[1].click()
    await until(() => getCurrentPages()[0].route === 'pages/tab2/tab2')
    expect(tabButtons()[1].getAttribute('aria-selected')).toBe('true')
    await switchTab({ url: '/pages/home/home' })
  })

  it('sets and removes badges and red dots', async () => {
    expect(await setTabBarBadge({ index: 1, text: '3' })).toEqual({ errMsg: 'setTabBarBadge:ok' })
    const badge = () => tabButtons()[1].querySelector<HTMLElement>('.badge')!
    const dot = () => tabButtons()[0].querySelector<HTMLElement>('.dot')!
    expect(badge().hidden).toBe(false)
    expect(badge().textContent).toBe('3')
    await setTabBarBadge({ index: 1, text: '12345' })
    expect(badge().textContent).toBe('...')
    await removeTabBarBadge({ index: 1 })
    expect(badge().hidden).toBe(true)
    await showTabBarRedDot({ index: 0 })
    expect(dot().hidden).toBe(false)
    await hideTabBarRedDot({ index: 0 })
    expect(dot().hidden).toBe(true)
  })

  it('changes items and style, hides and shows the bar', async () => {
    await setTabBarItem({ index: 0, text: 'Start', iconPath: 'icons/a.png' })
    expect(tabButtons()[0].querySelector('.text')!.textContent).toBe('Start')
    expect(tabButtons()[0].querySelector('img')!.getAttribute('src')).toBe('/icons/a.png')
    await setTabBarStyle({ color: '#123456', selectedColor: '#ff0000', backgroundColor: '#00ff00' })
    expect(tabButtons()[0].style.color).toBe('rgb(255, 0, 0)')
    expect(tabButtons()[1].style.color).toBe('rgb(18, 52, 86)')
    await hideTabBar({})
    expect(tabHost().hidden).toBe(true)
    expect(getComputedStyle(visible()[0]).bottom).toBe('0px')
    await showTabBar({})
    expect(tabHost().hidden).toBe(false)
    expect(getComputedStyle(visible()[0]).bottom).toBe('50px')
  })

  it('fails on a page that is not a tab and for an index the list lacks', async () => {
    await expect(setTabBarBadge({ index: 5, text: '1' })).rejects.toEqual({ errMsg: 'setTabBarBadge:fail tabbar item not found' })
    await expect(showTabBarRedDot({ index: -1 })).rejects.toEqual({ errMsg: 'showTabBarRedDot:fail tabbar item not found' })
    await expect(setTabBarBadge({ index: '0', text: '1' } as never)).rejects.toEqual({ errMsg: 'setTabBarBadge:fail parameter error: parameter.index should be Number instead of String;' })
    await navigateTo({ url: '/pages/a/a' })
    await expect(setTabBarBadge({ index: 0, text: '1' })).rejects.toEqual({ errMsg: 'setTabBarBadge:fail not TabBar page' })
    await expect(setTabBarItem({ index: 0, text: 'x' })).rejects.toEqual({ errMsg: 'setTabBarItem:fail not TabBar page' })
    await expect(setTabBarStyle({ color: '#000' })).rejects.toEqual({ errMsg: 'setTabBarStyle:fail not TabBar page' })
    await expect(hideTabBar({})).rejects.toEqual({ errMsg: 'hideTabBar:fail not TabBar page' })
  })
})

function touch(el: HTMLElement, type: string, y: number): void {
  const t = new Touch({ identifier: 1, target: el, clientX: 100, clientY: y })
  el.dispatchEvent(new TouchEvent(type, { touches: type === 'touchend' ? [] : [t], changedTouches: [t], bubbles: true, cancelable: true }))
}

describe('pull-down refresh', () => {
  it('a touch pull from the top calls onPullDownRefresh when enabled; stopPullDownRefresh closes it', async () => {
    let refreshes = 0
    Page('pages/b/b', { onPullDownRefresh() { refreshes++ }, render(el) { el.textContent = 'b' } })
    await navigateTo({ url: '/pages/b/b' })
    const el = visible()[0]
    const indicator = el.querySelector<HTMLElement>('.wx-h5-page-refresh')!
    touch(el, 'touchstart', 100)
    touch(el, 'touchmove', 140)
    expect(indicator.style.height).toBe('20px')
    touch(el, 'touchend', 140)
    expect(refreshes).toBe(0)
    expect(indicator.style.height).toBe('0px')
    touch(el, 'touchstart', 100)
    touch(el, 'touchmove', 150)
    touch(el, 'touchmove', 260)
    touch(el, 'touchend', 260)
    expect(refreshes).toBe(1)
    expect(indicator.style.height).toBe('48px')
    expect(await stopPullDownRefresh()).toEqual({ errMsg: 'stopPullDownRefresh:ok' })
    expect(indicator.style.height).toBe('0px')
    expect(await startPullDownRefresh()).toEqual({ errMsg: 'startPullDownRefresh:ok' })
    expect(refreshes).toBe(2)
    expect(indicator.style.height).toBe('48px')
    await stopPullDownRefresh()
  })

  it('ignores the gesture without enablePullDownRefresh', async () => {
    let refreshes = 0
    Page('pages/c/c', { onPullDownRefresh() { refreshes++ } })
    await navigateTo({ url: '/pages/c/c' })
    const el = visible()[0]
    touch(el, 'touchstart', 100)
    touch(el, 'touchmove', 300)
    touch(el, 'touchend', 300)
    expect(refreshes).toBe(0)
  })
})

describe('scrolling', () => {
  it('pageScrollTo scrolls to scrollTop, or to a selector plus offsetTop, and reports onPageScroll and onReachBottom; fragment links scroll without history', async () => {
    const scrolls: number[] = []
    let bottoms = 0
    Page('pages/long/long', {
      onPageScroll(e) { scrolls.push(e.scrollTop) },
      onReachBottom() { bottoms++ },
      render(el) {
        el.innerHTML = '<div style="height:1000px"></div><p id="target" style="height:20px;margin:0">t</p><div style="height:3000px"></div>'
      },
    })
    await navigateTo({ url: '/pages/long/long' })
    const el = visible()[0]
    expect(await pageScrollTo({ scrollTop: 300, duration: 0 })).toEqual({ errMsg: 'pageScrollTo:ok' })
    expect(el.scrollTop).toBe(300)
    await pageScrollTo({ selector: '#target', offsetTop: -10, duration: 0 })
    expect(el.scrollTop).toBe(990)
    await pageScrollTo({ scrollTop: 50, duration: 120 })
    expect(el.scrollTop).toBe(50)
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))
    expect(scrolls.at(-1)).toBe(50)
    expect(bottoms).toBe(0)
    await pageScrollTo({ scrollTop: 1e9, duration: 0 })
    await new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))
    expect(bottoms).toBe(1)
    const historyLength = history.length
    const link = document.createElement('a')
    link.href = '#target'
    el.querySelector('.wx-h5-page-body')!.prepend(link)
    await pageScrollTo({ scrollTop: 0, duration: 0 })
    link.click()
    expect(history.length).toBe(historyLength)
    expect(location.hash).toBe('#/pages/long/long')
    expect(el.scrollTop).toBe(1000)
    await expect(pageScrollTo({ selector: '#nothing' })).rejects.toEqual({ errMsg: 'pageScrollTo:fail selector "#nothing" matched no node' })
    await expect(pageScrollTo({})).rejects.toEqual({ errMsg: 'pageScrollTo:fail one of scrollTop and selector is required' })
  })
})

void APP
