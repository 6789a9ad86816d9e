import { config } from '../internal/config'
import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { h } from '../internal/ui-host'
import { isTabPage, tabPages } from '../route/app-config'
import { switchTab } from '../route/navigate'
import { topRecord } from '../route/stack'

/** Height of WeChat's tab bar, in CSS pixels. */
export const TAB_HEIGHT = 50

interface ItemState { text: string, iconPath?: string, selectedIconPath?: string, badge?: string, redDot: boolean }
interface BarState { items: ItemState[], color: string, selectedColor: string, backgroundColor: string, borderStyle: string, hidden: boolean }

const CSS = `:host{position:absolute;left:0;right:0;bottom:0;height:${TAB_HEIGHT}px;z-index:2;display:block}` +
  `:host([data-position=top]){bottom:auto;top:var(--wx-h5-nav-height)}` +
  `:host([hidden]){display:none}` +
  `.bar{display:flex;height:100%;box-sizing:border-box;font:12px/1.2 -apple-system,system-ui,sans-serif}` +
  `.bar.border-black{border-top:1px solid rgba(0,0,0,.33)}` +
  `.bar.border-white{border-top:1px solid rgba(255,255,255,.33)}` +
  `button{all:unset;flex:1;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:2px;cursor:pointer;position:relative}` +
  `img{width:24px;height:24px;object-fit:contain}` +
  `img:not([src]){display:none}` +
  `.badge{position:absolute;top:2px;left:calc(50% + 6px);min-width:16px;height:16px;padding:0 4px;box-sizing:border-box;border-radius:8px;background:#fa5151;color:#fff;font-size:11px;line-height:16px;text-align:center}` +
  `.dot{position:absolute;top:4px;left:calc(50% + 10px);width:8px;height:8px;border-radius:50%;background:#fa5151}` +
  `.badge[hidden],.dot[hidden]{display:none}`

let host: HTMLElement | undefined
let state: BarState | undefined
// The app config the state was built from: a new app.json (configure({ app })) starts over.
let builtFrom: unknown

function barState(): BarState {
  if (state && builtFrom === config.app) return state
  builtFrom = config.app
  const tabBar = config.app?.tabBar
  state = {
    items: (tabBar?.list ?? []).map(item => ({ text: item.text ?? '', iconPath: item.iconPath, selectedIconPath: item.selectedIconPath, redDot: false })),
    color: tabBar?.color ?? '#000000',
    selectedColor: tabBar?.selectedColor ?? '#07c160',
    backgroundColor: tabBar?.backgroundColor ?? '#ffffff',
    borderStyle: tabBar?.borderStyle ?? 'black',
    hidden: false,
  }
  return state
}

export function tabBarHost(): HTMLElement {
  if (host) return host
  host = document.createElement('div')
  host.className = 'wx-h5-tab-bar'
  host.hidden = true
  const shadow = host.attachShadow({ mode: 'open' })
  const style = document.createElement('style')
  style.textContent = CSS
  const bar = h('div', 'bar')
  bar.setAttribute('role', 'tablist')
  shadow.append(style, bar)
  return host
}

function assetUrl(path: string | undefined): string | undefined {
  if (!path) return undefined
  if (/^[a-z][a-z0-9+.-]*:/i.test(path)) return path
  const base = config.router?.base ?? '/'
  return `${base.endsWith('/') ? base : `${base}/`}${path.replace(/^\/+/, '')}`
}

/** Shown on tab pages (unless hideTabBar), rebuilt from the state on every change. */
export function renderTabBar(): void {
  const el = tabBarHost()
  const record = topRecord()
  const tabBar = config.app?.tabBar
  const visible = !!record && !!tabBar && !tabBar.custom && isTabPage(record.route) && !barState().hidden
  el.hidden = !visible
  const top = tabBar?.position === 'top'
  el.dataset.position = top ? 'top' : 'bottom'
  const root = el.parentElement
  root?.style.setProperty('--wx-h5-tab-height', visible && !top ? `${TAB_HEIGHT}px` : '0px')
  root?.style.setProperty('--wx-h5-tab-top', visible && top ? `${TAB_HEIGHT}px` : '0px')
  if (!visible) return
  const s = barState()
  const bar = el.shadowRoot!.querySelector('.bar') as HTMLElement
  bar.className = `bar border-${s.borderStyle}`
  bar.style.backgroundColor = s.backgroundColor
  const pages = tabPages()
  bar.replaceChildren(...s.items.map((item, index) => {
    const selected = pages[index] === record!.route
    const button = h('button')
    button.setAttribute('role', 'tab')
    button.setAttribute('aria-selected', String(selected))
    button.dataset.index = String(index)
    button.style.color = selected ? s.selectedColor : s.color
    const img = h('img')
    img.alt = ''
    const src = assetUrl(selected ? item.selectedIconPath ?? item.iconPath : item.iconPath)
    if (src) img.src = src
    const badge = h('span', 'badge', item.badge ?? '')
    badge.hidden = item.badge === undefined
    const dot = h('span', 'dot')
    dot.hidden = !item.redDot || item.badge !== undefined
    button.append(img, h('span', 'text', item.text), badge, dot)
    button.addEventListener('click', () => void switchTab({ url: `/${pages[index]}` }).catch(() => {}))
    return button
  }))
}

/** Tab bar APIs work on tab pages only, on an index the list has. */
function change(index: unknown, edit: (item: ItemState) => void): void {
  const record = topRecord()
  if (!record || !isTabPage(record.route)) throw fail('not TabBar page')
  const item = barState().items[index as number]
  if (!item) throw fail('tabbar item not found')
  edit(item)
  renderTabBar()
}

function onTabPage(edit: (s: BarState) => void): void {
  const record = topRecord()
  if (!record || !isTabPage(record.route)) throw fail('not TabBar page')
  edit(barState())
  renderTabBar()
}

// WeChat shows a badge of more than 4 characters as "...".
const badgeText = (text: string): string => (text.length > 4 ? '...' : text)

export const setTabBarBadge = /* @__PURE__ */ defineAsync<{ index?: number, text?: string }>('setTabBarBadge', (o) => {
  checkParams(o, { index: 'Number', text: 'String' })
  change(o.index, (item) => { item.badge = badgeText(o.text!) })
})

export const removeTabBarBadge = /* @__PURE__ */ defineAsync<{ index?: number }>('removeTabBarBadge', (o) => {
  checkParams(o, { index: 'Number' })
  change(o.index, (item) => { item.badge = undefined })
})

export const showTabBarRedDot = /* @__PURE__ */ defineAsync<{ index?: number }>('showTabBarRedDot', (o) => {
  checkParams(o, { index: 'Number' })
  change(o.index, (item) => { item.redDot = true })
})

export const hideTabBarRedDot = /* @__PURE__ */ defineAsync<{ index?: number }>('hideTabBarRedDot', (o) => {
  checkParams(o, { index: 'Number' })
  change(o.index, (item) => { item.redDot = false })
})

export const setTabBarItem = /* @__PURE__ */ defineAsync<{ index?: number, text?: string, iconPath?: string, selectedIconPath?: string }>('setTabBarItem', (o) => {
  checkParams(o, { index: 'Number', text: 'String?', iconPath: 'String?', selectedIconPath: 'String?' })
  change(o.index, (item) => {
    if (o.text !== undefined) item.text = o.text
    if (o.iconPath !== undefined) item.iconPath = o.iconPath
    if (o.selectedIconPath !== undefined) item.selectedIconPath = o.selectedIconPath
  })
})

export const setTabBarStyle = /* @__PURE__ */ defineAsync<{ color?: string, selectedColor?: string, backgroundColor?: string, borderStyle?: string }>('setTabBarStyle', (o) => {
  checkParams(o, { color: 'String?', selectedColor: 'String?', backgroundColor: 'String?', borderStyle: 'String?' })
  onTabPage((s) => {
    if (o.color !== undefined) s.color = o.color
    if (o.selectedColor !== undefined) s.selectedColor = o.selectedColor
    if (o.backgroundColor !== undefined) s.backgroundColor = o.backgroundColor
    if (o.borderStyle !== undefined) s.borderStyle = o.borderStyle
  })
})

export const showTabBar = /* @__PURE__ */ defineAsync<{ animation?: boolean }>('showTabBar', (o) => {
  checkParams(o, { animation: 'Boolean?' })
  onTabPage((s) => { s.hidden = false })
})

export const hideTabBar = /* @__PURE__ */ defineAsync<{ animation?: boolean }>('hideTabBar', (o) => {
  checkParams(o, { animation: 'Boolean?' })
  onTabPage((s) => { s.hidden = true })
})
