import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { label } from '../internal/ui-host'
import { entryPage, isTabPage, pageWindow } from '../route/app-config'
import { navigateBack, openTab, routeToUrl } from '../route/navigate'
import type { PageRecord } from '../route/page-record'
import { registeredRoutes } from '../route/registry'
import { drawChrome, type ChromePart } from '../route/shell'
import { relaunch } from '../route/transitions'
import { stack, topRecord } from '../route/stack'
import { capsule } from './menu-button'

/** Height of WeChat's navigation bar below the status bar, in CSS pixels. */
const NAV_HEIGHT = 44

const CSS = `:host{position:absolute;inset:0 0 auto;height:${NAV_HEIGHT}px;z-index:2}` +
  `.bar{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;font:600 17px/1 -apple-system,system-ui,sans-serif;transition-property:background-color,color}` +
  `.custom{background:none!important;pointer-events:none}` +
  `.custom>:not(.capsule){display:none}` +
  // Back and home share the left edge (at most one of them shows at a time); as tall as the
  // centring bar, they sit at its top.
  `button{all:unset;position:absolute;left:0;cursor:pointer;height:${NAV_HEIGHT}px;min-width:40px;display:flex;align-items:center;justify-content:center;font-size:22px}` +
  `[hidden]{display:none!important}` +
  `.center{display:flex;align-items:center;gap:6px;max-width:calc(100% - 220px);overflow:hidden}` +
  `.title{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}` +
  `.loading{width:16px;height:16px;border:2px solid;border-right-color:transparent;border-radius:50%;animation:spin .8s linear infinite}` +
  `@keyframes spin{to{transform:rotate(1turn)}}`

// Static markup only: the labels go in through setAttribute, the title through textContent.
const HTML = `<style>${CSS}</style><div class="bar" role="banner"><button class="back">‹</button><button class="home">⌂</button>` +
  '<div class="center"><span class="loading" role="progressbar"></span><span class="title" role="heading" aria-level="1"></span></div></div>'

/** What the page's APIs changed; the rest comes from its page.json and the app's window. */
interface NavState { title?: string, frontColor?: string, backgroundColor?: string, loading?: boolean, homeButtonHidden?: boolean }

declare module '../route/page-record' {
  interface PageRecord {
    /** The page's navigation bar state, kept with the page. */
    nav?: NavState
  }
}

let host: HTMLElement | undefined

function part(selector: string): HTMLElement {
  return host!.shadowRoot!.querySelector(selector)!
}

/** The element holding the bar (its own shadow root); created on first use. */
function barHost(): HTMLElement {
  if (host) return host
  host = document.createElement('div')
  host.className = 'wx-h5-navigation-bar'
  host.attachShadow({ mode: 'open' }).innerHTML = HTML
  part('.bar').append(capsule())
  const back = part('.back')
  back.setAttribute('aria-label', label('nav.back', { 'zh-CN': '返回', en: 'Back' }))
  back.addEventListener('click', () => void navigateBack({}).catch(() => {}))
  const home = part('.home')
  home.setAttribute('aria-label', label('nav.home', { 'zh-CN': '首页', en: 'Home' }))
  home.addEventListener('click', goHome)
  return host
}

function goHome(): void {
  const entry = entryPage(registeredRoutes())
  if (!entry) return
  // What switchTab / reLaunch do, without their API wrappers.
  const call = isTabPage(entry) ? routeToUrl('switchTab', `/${entry}`, openTab) : routeToUrl('reLaunch', `/${entry}`, relaunch)
  call.catch(() => {})
}

// setNavigationBarColor's animation (duration in ms, CSS timing function), for the one draw
// it asks for; every other draw is instant.
const INSTANT: [duration: number, timing: string] = [0, 'linear']
let transition = INSTANT

/**
 * The navigation bar, a part of the page chrome (WeChat draws one on every page): title,
 * colours, loading, back or home button as the page on top wants them. `navigationStyle:
 * 'custom'` hides it but keeps the capsule.
 */
export const navigationBar: ChromePart = (shell, record) => {
  const barElement = barHost()
  if (barElement.parentNode !== shell) shell.prepend(barElement)
  const bar = part('.bar')
  const win = pageWindow(record.route)
  const state = (record.nav ??= {})
  const custom = win.navigationStyle === 'custom'
  bar.classList.toggle('custom', custom)
  shell.style.setProperty('--wx-h5-nav-height', custom ? '0px' : `${NAV_HEIGHT}px`)
  const text = state.title ?? String(win.navigationBarTitleText ?? '')
  part('.title').textContent = text
  document.title = text
  const front = state.frontColor ?? (win.navigationBarTextStyle === 'black' ? '#000000' : '#ffffff')
  Object.assign(bar.style, {
    transitionDuration: `${transition[0]}ms`,
    transitionTimingFunction: transition[1],
    backgroundColor: state.backgroundColor ?? String(win.navigationBarBackgroundColor ?? '#000000'),
    color: front,
  })
  transition = INSTANT
  // The capsule follows the text colour, as WeChat's does: light icons on a dark pill, or the reverse.
  const pill = capsule()
  pill.style.color = front
  pill.style.backgroundColor = front === '#ffffff' ? 'rgba(0,0,0,.15)' : 'rgba(255,255,255,.6)'
  part('.loading').hidden = !state.loading
  part('.back').hidden = stack.length < 2
  // WeChat shows a home button on a first page that is neither the entry page nor a tab.
  part('.home').hidden = stack.length !== 1 || !!state.homeButtonHidden || record.route === entryPage(registeredRoutes()) || isTabPage(record.route)
}

/** Applies a change to the current page's bar. */
function update(change: (state: NavState) => void): void {
  const record = topRecord()
  if (!record) throw fail('page not found')
  change((record.nav ??= {}))
  drawChrome(navigationBar, record)
}

export const setNavigationBarTitle = /* @__PURE__ */ defineAsync<{ title?: string }>('setNavigationBarTitle', (options) => {
  checkParams(options, { title: 'String' })
  update((state) => { state.title = options.title })
})

export const showNavigationBarLoading = /* @__PURE__ */ defineAsync('showNavigationBarLoading', () => {
  update((state) => { state.loading = true })
})

export const hideNavigationBarLoading = /* @__PURE__ */ defineAsync('hideNavigationBarLoading', () => {
  update((state) => { state.loading = false })
})

export const hideHomeButton = /* @__PURE__ */ defineAsync('hideHomeButton', () => {
  update((state) => { state.homeButtonHidden = true })
})

const TIMING: Record<string, string> = { linear: 'linear', easeIn: 'ease-in', easeOut: 'ease-out', easeInOut: 'ease-in-out' }

type ColorOptions = { frontColor?: string, backgroundColor?: string, animation?: { duration?: number, timingFunc?: string } }

export const setNavigationBarColor = /* @__PURE__ */ defineAsync<ColorOptions>('setNavigationBarColor', (options) => {
  checkParams(options, { frontColor: 'String', backgroundColor: 'String', animation: 'Object?' })
  const front = options.frontColor!.toLowerCase()
  // The bar's text and icons come in black or white only.
  if (front !== '#ffffff' && front !== '#000000') throw fail(`invalid frontColor "${options.frontColor}"`)
  const duration = Number(options.animation?.duration ?? 0)
  const timingFunc = options.animation?.timingFunc ?? 'linear'
  if (!(timingFunc in TIMING)) throw fail(`invalid timingFunc "${timingFunc}"`)
  update((state) => {
    state.frontColor = front
    state.backgroundColor = options.backgroundColor
    transition = [Number.isFinite(duration) && duration > 0 ? duration : 0, TIMING[timingFunc]]
  })
})
