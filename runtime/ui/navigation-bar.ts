import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { h, label } from '../internal/ui-host'
import { entryPage, isTabPage, pageWindow } from '../route/app-config'
import type { PageRecord } from '../route/page-record'
import { navigateBack, reLaunch, switchTab } from '../route/navigate'
import { registeredRoutes } from '../route/registry'
import { stack, topRecord } from '../route/stack'
import { capsule } from './menu-button'

/** Height of WeChat's navigation bar below the status bar, in CSS pixels. */
export const NAV_HEIGHT = 44

const CSS = `:host{position:absolute;top:0;left:0;right:0;height:${NAV_HEIGHT}px;z-index:2;display:block}` +
  `.bar{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;font:600 17px/1 -apple-system,system-ui,sans-serif;transition-property:background-color,color}` +
  `.bar.custom{background:transparent!important;pointer-events:none}` +
  `.bar.custom>:not(.capsule){display:none}` +
  `.left{position:absolute;left:0;top:0;bottom:0;display:flex;align-items:center}` +
  `.left button{all:unset;cursor:pointer;height:${NAV_HEIGHT}px;min-width:40px;display:flex;align-items:center;justify-content:center;font-size:22px}` +
  `.left button[hidden]{display:none}` +
  `.center{display:flex;align-items:center;gap:6px;max-width:calc(100% - 220px);overflow:hidden}` +
  `.title{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}` +
  `.loading{width:16px;height:16px;border:2px solid currentColor;border-right-color:transparent;border-radius:50%;animation:spin .8s linear infinite}` +
  `.loading[hidden]{display:none}` +
  `@keyframes spin{to{transform:rotate(360deg)}}`

let host: HTMLElement | undefined
let parts: { bar: HTMLElement, back: HTMLButtonElement, home: HTMLButtonElement, title: HTMLElement, loading: HTMLElement } | undefined

/** The element holding the bar (its own shadow root); created on first use. */
export function navigationBarHost(): HTMLElement {
  if (host) return host
  host = document.createElement('div')
  host.className = 'wx-h5-navigation-bar'
  const shadow = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = CSS
  const bar = h('div', 'bar')
  bar.setAttribute('role', 'banner')
  const left = h('div', 'left')
  const back = h('button', 'back', '‹')
  back.setAttribute('aria-label', label('nav.back', { 'zh-CN': '返回', en: 'Back' }))
  back.addEventListener('click', () => void navigateBack({}).catch(() => {}))
  const home = h('button', 'home', '⌂')
  home.setAttribute('aria-label', label('nav.home', { 'zh-CN': '首页', en: 'Home' }))
  home.addEventListener('click', goHome)
  left.append(back, home)
  const center = h('div', 'center')
  const loading = h('span', 'loading')
  loading.setAttribute('role', 'progressbar')
  const title = h('span', 'title')
  title.setAttribute('role', 'heading')
  title.setAttribute('aria-level', '1')
  center.append(loading, title)
  bar.append(left, center, capsule())
  shadow.append(style, bar)
  parts = { bar, back, home, title, loading }
  return host
}

function goHome(): void {
  const entry = entryPage(registeredRoutes())
  if (!entry) return
  const call = isTabPage(entry) ? switchTab({ url: `/${entry}` }) : reLaunch({ url: `/${entry}` })
  call.catch(() => {})
}

const TIMING: Record<string, string> = { linear: 'linear', easeIn: 'ease-in', easeOut: 'ease-out', easeInOut: 'ease-in-out' }

/** The bar as the top page wants it: title, colours, loading, back or home button. */
export function renderNavigationBar(animation: { duration: number, timingFunc: string } = { duration: 0, timingFunc: 'linear' }): void {
  navigationBarHost()
  const record = topRecord()
  const { bar, back, home, title, loading } = parts!
  if (!record) return
  const win = pageWindow(record.route)
  const custom = win.navigationStyle === 'custom'
  bar.classList.toggle('custom', custom)
  host!.parentElement?.style.setProperty('--wx-h5-nav-height', custom ? '0px' : `${NAV_HEIGHT}px`)
  const nav = record.nav
  const text = nav.title ?? String(win.navigationBarTitleText ?? '')
  title.textContent = text
  document.title = text
  bar.style.transitionDuration = `${animation.duration}ms`
  bar.style.transitionTimingFunction = TIMING[animation.timingFunc] ?? 'linear'
  bar.style.backgroundColor = nav.backgroundColor ?? String(win.navigationBarBackgroundColor ?? '#000000')
  const front = nav.frontColor ?? (win.navigationBarTextStyle === 'black' ? '#000000' : '#ffffff')
  bar.style.color = front
  // The capsule follows the text colour, as WeChat's does: light icons on a dark pill, or the reverse.
  const pill = capsule()
  pill.style.color = front
  pill.style.backgroundColor = front === '#ffffff' ? 'rgba(0,0,0,.15)' : 'rgba(255,255,255,.6)'
  loading.hidden = !nav.loading
  back.hidden = stack.length < 2
  home.hidden = !homeButtonWanted(record)
}

/** WeChat shows a home button on a first page that is neither the entry page nor a tab. */
function homeButtonWanted(record: PageRecord): boolean {
  if (stack.length !== 1 || record.nav.homeButtonHidden) return false
  return record.route !== entryPage(registeredRoutes()) && !isTabPage(record.route)
}

/** The page the call applies to: the current one. */
function currentPage(): PageRecord {
  const record = topRecord()
  if (!record) throw fail('page not found')
  return record
}

function update(change: (record: PageRecord) => void, animation?: { duration: number, timingFunc: string }): void {
  change(currentPage())
  renderNavigationBar(animation)
}

export const setNavigationBarTitle = /* @__PURE__ */ defineAsync<{ title?: string }>('setNavigationBarTitle', (options) => {
  checkParams(options, { title: 'String' })
  update((record) => { record.nav.title = options.title })
})

export const showNavigationBarLoading = /* @__PURE__ */ defineAsync('showNavigationBarLoading', () => {
  update((record) => { record.nav.loading = true })
})

export const hideNavigationBarLoading = /* @__PURE__ */ defineAsync('hideNavigationBarLoading', () => {
  update((record) => { record.nav.loading = false })
})

export const hideHomeButton = /* @__PURE__ */ defineAsync('hideHomeButton', () => {
  update((record) => { record.nav.homeButtonHidden = true })
})

type ColorOptions = { frontColor?: string, backgroundColor?: string, animation?: { duration?: number, timingFunc?: string } }

export const setNavigationBarColor = /* @__PURE__ */ defineAsync<ColorOptions>('setNavigationBarColor', (options) => {
  checkParams(options, { frontColor: 'String', backgroundColor: 'String', animation: 'Object?' })
  const front = options.frontColor!.toLowerCase()
  // The bar's text and icons come in black or white only.
  if (front !== '#ffffff' && front !== '#000000') throw fail(`invalid frontColor "${options.frontColor}"`)
  const duration = Number(options.animation?.duration ?? 0)
  const timingFunc = options.animation?.timingFunc ?? 'linear'
  if (!(timingFunc in TIMING)) throw fail(`invalid timingFunc "${timingFunc}"`)
  update((record) => {
    record.nav.frontColor = front
    record.nav.backgroundColor = options.backgroundColor
  }, { duration: Number.isFinite(duration) && duration > 0 ? duration : 0, timingFunc })
})
