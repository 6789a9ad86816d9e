import { config, type AppJson } from '../internal/config'
import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { isTabPage, tabPages } from '../route/app-config'
import { switchTab } from '../route/navigate'
import { drawChrome, type ChromePart } from '../route/shell'
import { topRecord } from '../route/stack'

/** Height of WeChat's tab bar, in CSS pixels. */
const TAB_HEIGHT = 50

const CSS = `:host{position:absolute;left:0;right:0;bottom:0;height:${TAB_HEIGHT}px;z-index:2}` +
  `:host([data-position=top]){bottom:auto;top:var(--wx-h5-nav-height,0px)}` +
  `.bar{display:flex;height:100%;box-sizing:border-box;font:12px/1.2 -apple-system,system-ui,sans-serif}` +
  `.border-black{border-top:1px solid rgba(0,0,0,.33)}` +
  `.border-white{border-top:1px solid rgba(255,255,255,.33)}` +
  `button{all:unset;flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;cursor:pointer;position:relative}` +
  `img{width:24px;height:24px;object-fit:contain}` +
  `img:not([src]),[hidden]{display:none}` +
  `.badge{position:absolute;top:2px;left:calc(50% + 6px);min-width:16px;height:16px;padding:0 4px;box-sizing:border-box;border-radius:8px;background:#fa5151;color:#fff;font-size:11px;line-height:16px;text-align:center}` +
  `.dot{position:absolute;top:4px;left:calc(50% + 10px);width:8px;height:8px;border-radius:50%;background:#fa5151}`

type TabBarJson = NonNullable<AppJson['tabBar']>
type ItemState = TabBarJson['list'][number] & { badge?: string, redDot?: boolean }
/** app.json's tabBar as the tab bar APIs have changed it. */
type BarState = Omit<TabBarJson, 'list'> & { list: ItemState[], hidden?: boolean }

let host: HTMLElement | undefined
let state: BarState | undefined
// The app config the state was built from: a new app.json (configure({ app })) starts over.
let builtFrom: unknown

function barState(): BarState {
  if (state && builtFrom === config.app) return state
  builtFrom = config.app
  const tabBar = config.app?.tabBar
  return state = { ...tabBar, list: (tabBar?.list ?? []).map(item => ({ ...item })) }
}

function assetUrl(path: string | undefined): string | undefined {
  if (!path) return undefined
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path
  const base = config.router?.base ?? '/'
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\/+/, '')}`
}

/**
 * The tab bar, a part of the page chrome for an app.json with a `tabBar` (not `custom`): shown
 * on tab pages unless hideTabBar, rebuilt from the state on every change.
 */
export const tabBar: ChromePart = (shell, record) => {
  if (!host) {
    host = document.createElement('div')
    host.className = 'wx-h5-tab-bar'
    host.attachShadow({ mode: 'open' }).innerHTML = `<style>${CSS}</style><div class="bar" role="tablist"></div>`
  }
  if (host.parentNode !== shell) shell.append(host)
  const json = config.app?.tabBar
  const s = barState()
  const visible = !!json && !json.custom && isTabPage(record.route) && !s.hidden
  const top = json?.position === 'top'
  host.hidden = !visible
  host.dataset.position = top ? 'top' : 'bottom'
  shell.style.setProperty('--wx-h5-tab-height', visible && !top ? `${TAB_HEIGHT}px` : '0px')
  shell.style.setProperty('--wx-h5-tab-top', visible && top ? `${TAB_HEIGHT}px` : '0px')
  if (!visible) return
  const bar = host.shadowRoot!.lastElementChild as HTMLElement
  bar.className = `bar border-${s.borderStyle ?? 'black'}`
  bar.style.backgroundColor = s.backgroundColor ?? '#ffffff'
  const pages = tabPages()
  // Static markup with only indices and booleans in it; each item's own text and icon go in
  // through textContent and src below.
  bar.innerHTML = s.list.map((_, index) => `<button role="tab" aria-selected="${pages[index] === record.route}" data-index="${index}">` +
    '<img alt=""><span class="text"></span><span class="badge"></span><span class="dot"></span></button>').join('')
  s.list.forEach((item, index) => {
    const button = bar.children[index] as HTMLElement
    const selected = pages[index] === record.route
    button.style.color = selected ? s.selectedColor ?? '#07c160' : s.color ?? '#000000'
    const [img, text, badge, dot] = button.children as unknown as [HTMLImageElement, HTMLElement, HTMLElement, HTMLElement]
    const src = assetUrl(selected ? item.selectedIconPath ?? item.iconPath : item.iconPath)
    if (src) img.src = src
    text.textContent = item.text ?? ''
    badge.textContent = item.badge ?? ''
    badge.hidden = item.badge === undefined
    dot.hidden = !item.redDot || item.badge !== undefined
    button.addEventListener('click', () => void switchTab({ url: `/${pages[index]}` }).catch(() => {}))
  })
}

/** A tab bar API: checks its options, then (on a tab page only) edits the bar's state and redraws. */
function tabBarApi<T extends Record<string, unknown>>(name: string, types: Record<string, string>, edit: (s: BarState, options: T) => void) {
  return defineAsync<T>(name, (options) => {
    checkParams(options, types)
    const record = topRecord()
    if (!record || !isTabPage(record.route)) throw fail('not TabBar page')
    edit(barState(), options)
    drawChrome(tabBar, record)
  })
}

function itemAt(s: BarState, index: unknown): ItemState {
  const item = s.list[index as number]
  if (!item) throw fail('tabbar item not found')
  return item
}

/** Copies the options the call gives (not undefined) onto the state. */
function assignGiven(target: object, options: Record<string, unknown>, keys: string[]): void {
  for (const key of keys) if (options[key] !== undefined) (target as Record<string, unknown>)[key] = options[key]
}

type Indexed = { index?: number }

export const setTabBarBadge = /* @__PURE__ */ tabBarApi<Indexed & { text?: string }>('setTabBarBadge', { index: 'Number', text: 'String' }, (s, o) => {
  // WeChat shows a badge of more than 4 characters as "...".
  itemAt(s, o.index).badge = o.text!.length > 4 ? '...' : o.text
})

export const removeTabBarBadge = /* @__PURE__ */ tabBarApi<Indexed>('removeTabBarBadge', { index: 'Number' }, (s, o) => {
  itemAt(s, o.index).badge = undefined
})

export const showTabBarRedDot = /* @__PURE__ */ tabBarApi<Indexed>('showTabBarRedDot', { index: 'Number' }, (s, o) => {
  itemAt(s, o.index).redDot = true
})

export const hideTabBarRedDot = /* @__PURE__ */ tabBarApi<Indexed>('hideTabBarRedDot', { index: 'Number' }, (s, o) => {
  itemAt(s, o.index).redDot = false
})

export const setTabBarItem = /* @__PURE__ */ tabBarApi<Indexed & { text?: string, iconPath?: string, selectedIconPath?: string }>('setTabBarItem', { index: 'Number', text: 'String?', iconPath: 'String?', selectedIconPath: 'String?' }, (s, o) => {
  assignGiven(itemAt(s, o.index), o, ['text', 'iconPath', 'selectedIconPath'])
})

export const setTabBarStyle = /* @__PURE__ */ tabBarApi<{ color?: string, selectedColor?: string, backgroundColor?: string, borderStyle?: string }>('setTabBarStyle', { color: 'String?', selectedColor: 'String?', backgroundColor: 'String?', borderStyle: 'String?' }, (s, o) => {
  assignGiven(s, o, ['color', 'selectedColor', 'backgroundColor', 'borderStyle'])
})

export const showTabBar = /* @__PURE__ */ tabBarApi<{ animation?: boolean }>('showTabBar', { animation: 'Boolean?' }, (s) => {
  s.hidden = false
})

export const hideTabBar = /* @__PURE__ */ tabBarApi<{ animation?: boolean }>('hideTabBar', { animation: 'Boolean?' }, (s) => {
  s.hidden = true
})
