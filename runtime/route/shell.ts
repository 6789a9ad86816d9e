import { renderNavigationBar, navigationBarHost } from '../ui/navigation-bar'
import { attachPageScroll } from '../ui/page-scroll'
import { attachPullDown } from '../ui/pull-down'
import { renderTabBar, tabBarHost } from '../ui/tab-bar'
import { handleFragmentLinks } from './fragment-links'
import type { PageRecord } from './page-record'

/**
 * The app shell: one fixed element holding the navigation bar, one container per live page
 * and the tab bar. Page containers stay in the light DOM so page CSS applies; pages below
 * the top are hidden, not removed, and each scrolls on its own.
 */
export const SHELL_ID = 'wx-h5-app'
const STYLE_ID = 'wx-h5-app-style'

const CSS = `#${SHELL_ID}{position:fixed;inset:0;overflow:hidden;--wx-h5-nav-height:44px;--wx-h5-tab-height:0px;--wx-h5-tab-top:0px}` +
  `#${SHELL_ID}>.wx-h5-page{position:absolute;left:0;right:0;top:calc(var(--wx-h5-nav-height) + var(--wx-h5-tab-top));bottom:var(--wx-h5-tab-height);overflow-x:hidden;overflow-y:auto;overscroll-behavior-y:contain;background:var(--wx-h5-page-background,#fff)}` +
  `#${SHELL_ID}>.wx-h5-page[hidden]{display:none}` +
  `#${SHELL_ID} .wx-h5-page-refresh{height:0;overflow:hidden;display:flex;align-items:center;justify-content:center;gap:6px}` +
  `#${SHELL_ID} .wx-h5-page-refresh i{width:6px;height:6px;border-radius:50%;background:currentColor;opacity:.5;animation:wx-h5-dot 1s infinite}` +
  `#${SHELL_ID} .wx-h5-page-refresh i:nth-child(2){animation-delay:.2s}` +
  `#${SHELL_ID} .wx-h5-page-refresh i:nth-child(3){animation-delay:.4s}` +
  `@keyframes wx-h5-dot{50%{opacity:1}}`

let root: HTMLElement | undefined

export function shellRoot(): HTMLElement {
  if (root?.isConnected) return root
  if (!document.getElementById(STYLE_ID)) {
    const style = document.createElement('style')
    style.id = STYLE_ID
    style.textContent = CSS
    document.head.appendChild(style)
  }
  root = document.createElement('div')
  root.id = SHELL_ID
  root.append(navigationBarHost(), tabBarHost())
  handleFragmentLinks(root)
  document.body.appendChild(root)
  return root
}

/** A hidden container for a new page, inserted under the chrome. */
export function createContainer(route: string): { container: HTMLElement, body: HTMLElement } {
  const container = document.createElement('div')
  container.className = 'wx-h5-page'
  container.dataset.route = route
  container.hidden = true
  const refresh = document.createElement('div')
  refresh.className = 'wx-h5-page-refresh'
  refresh.setAttribute('aria-hidden', 'true')
  refresh.append(document.createElement('i'), document.createElement('i'), document.createElement('i'))
  const body = document.createElement('div')
  body.className = 'wx-h5-page-body'
  container.append(refresh, body)
  shellRoot().insertBefore(container, tabBarHost())
  return { container, body }
}

export function attachBehaviours(record: PageRecord): void {
  attachPageScroll(record)
  attachPullDown(record)
}

export function revealContainer(record: PageRecord): void {
  record.container.hidden = false
  record.container.scrollTop = record.scrollTop
  refreshChrome()
}

export function concealContainer(record: PageRecord): void {
  // A hidden element forgets its scroll offset: keep it to restore on show.
  record.scrollTop = record.container.scrollTop
  record.container.hidden = true
}

export function removeContainer(record: PageRecord): void {
  record.container.remove()
}

/** Navigation bar and tab bar follow the page on top. */
export function refreshChrome(): void {
  renderNavigationBar()
  renderTabBar()
}
