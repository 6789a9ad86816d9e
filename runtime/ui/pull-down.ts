import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { pageWindow } from '../route/app-config'
import { hook, type PageRecord } from '../route/page-record'
import { documentStyle, drawChrome, type ChromePart } from '../route/shell'
import { topRecord } from '../route/stack'

/** How far the indicator opens while refreshing, and the pull needed to start a refresh. */
const REFRESH_HEIGHT = 48
// The content follows the finger at half speed, as the native gesture does.
const DAMPING = 0.5
const MAX_PULL = 96

const CSS = `#wx-h5-app .wx-h5-page-refresh{height:0;overflow:hidden;display:flex;align-items:center;justify-content:center;gap:6px}` +
  `#wx-h5-app .wx-h5-page-refresh i{width:6px;height:6px;border-radius:50%;background:currentColor;opacity:.5;animation:wx-h5-dot 1s infinite}` +
  `@keyframes wx-h5-dot{50%{opacity:1}}`

const refreshing = new WeakSet<PageRecord>()
const indicators = new WeakMap<PageRecord, HTMLElement>()

/**
 * Pull-down refresh, a part of the page chrome: the indicator above the page body, and the
 * touch gesture that opens it on a page with enablePullDownRefresh. Added when a page first shows.
 */
export const pullDownRefresh: ChromePart = (_shell, record) => {
  if (!indicators.has(record)) attach(record)
}

function attach(record: PageRecord): void {
  const el = record.container
  documentStyle('wx-h5-refresh-style', CSS)
  el.insertAdjacentHTML('afterbegin', '<div class="wx-h5-page-refresh" aria-hidden="true"><i></i><i style="animation-delay:.2s"></i><i style="animation-delay:.4s"></i></div>')
  indicators.set(record, el.firstElementChild as HTMLElement)
  let startY: number | undefined
  let pulled = 0
  el.addEventListener('touchstart', (event) => {
    startY = undefined
    if (event.touches.length !== 1 || el.scrollTop > 0 || refreshing.has(record)) return
    if (pageWindow(record.route).enablePullDownRefresh !== true) return
    startY = event.touches[0].clientY
    pulled = 0
  }, { passive: true })
  el.addEventListener('touchmove', (event) => {
    if (startY === undefined) return
    const dy = event.touches[0].clientY - startY
    if (dy <= 0) return
    event.preventDefault()
    pulled = Math.min(dy * DAMPING, MAX_PULL)
    open(record, pulled, false)
  }, { passive: false })
  const release = (event: Event): void => {
    if (startY === undefined) return
    startY = undefined
    if (event.type === 'touchend' && pulled >= REFRESH_HEIGHT) begin(record)
    else open(record, 0, true)
  }
  el.addEventListener('touchend', release)
  el.addEventListener('touchcancel', release)
}

function open(record: PageRecord, height: number, animate: boolean): void {
  const win = pageWindow(record.route)
  Object.assign(indicators.get(record)!.style, {
    transition: animate ? 'height .2s ease-out' : 'none',
    height: `${height}px`,
    backgroundColor: String(win.backgroundColor ?? ''),
    color: win.backgroundTextStyle === 'light' ? '#ffffff' : '#000000',
  })
}

function begin(record: PageRecord): void {
  refreshing.add(record)
  record.container.scrollTop = 0
  open(record, REFRESH_HEIGHT, true)
  hook(record, 'onPullDownRefresh')
}

/** The current page, with its indicator. */
function current(): PageRecord {
  const record = topRecord()
  if (!record) throw fail('page not found')
  drawChrome(pullDownRefresh, record)
  return record
}

export const startPullDownRefresh = /* @__PURE__ */ defineAsync('startPullDownRefresh', () => {
  const record = current()
  if (!refreshing.has(record)) begin(record)
})

export const stopPullDownRefresh = /* @__PURE__ */ defineAsync('stopPullDownRefresh', () => {
  const record = current()
  refreshing.delete(record)
  open(record, 0, true)
})
