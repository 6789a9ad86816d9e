import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { pageWindow } from '../route/app-config'
import { hook, type PageRecord } from '../route/page-record'
import { topRecord } from '../route/stack'

/** How far the indicator opens while refreshing, and the pull needed to start a refresh. */
export const REFRESH_HEIGHT = 48
// The content follows the finger at half speed, as the native gesture does.
const DAMPING = 0.5
const MAX_PULL = 96

const refreshing = new WeakSet<PageRecord>()

function indicator(record: PageRecord): HTMLElement {
  return record.container.querySelector('.wx-h5-page-refresh') as HTMLElement
}

function open(record: PageRecord, height: number, animate: boolean): void {
  const el = indicator(record)
  const win = pageWindow(record.route)
  el.style.transition = animate ? 'height .2s ease-out' : 'none'
  el.style.height = `${height}px`
  el.style.backgroundColor = String(win.backgroundColor ?? '')
  el.style.color = win.backgroundTextStyle === 'light' ? '#ffffff' : '#000000'
}

function begin(record: PageRecord): void {
  refreshing.add(record)
  record.container.scrollTop = 0
  open(record, REFRESH_HEIGHT, true)
  hook(record, 'onPullDownRefresh')
}

function end(record: PageRecord): void {
  refreshing.delete(record)
  open(record, 0, true)
}

/** The touch gesture: pulling down from the top of a page with enablePullDownRefresh. */
export function attachPullDown(record: PageRecord): void {
  const el = record.container
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
  const release = (): void => {
    if (startY === undefined) return
    startY = undefined
    if (pulled >= REFRESH_HEIGHT) begin(record)
    else open(record, 0, true)
  }
  el.addEventListener('touchend', release)
  el.addEventListener('touchcancel', () => {
    if (startY === undefined) return
    startY = undefined
    open(record, 0, true)
  })
}

export function isRefreshing(record: PageRecord): boolean {
  return refreshing.has(record)
}

function current(): PageRecord {
  const record = topRecord()
  if (!record) throw fail('page not found')
  return record
}

export const startPullDownRefresh = /* @__PURE__ */ defineAsync('startPullDownRefresh', () => {
  const record = current()
  if (!refreshing.has(record)) begin(record)
})

export const stopPullDownRefresh = /* @__PURE__ */ defineAsync('stopPullDownRefresh', () => {
  end(current())
})
