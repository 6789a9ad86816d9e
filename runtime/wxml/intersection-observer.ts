import { callUser } from '../internal/report-error'
import { observeGeometry } from './geometric-observer'

/**
 * wx.createIntersectionObserver over the browser's IntersectionObserver.
 * - `relativeToViewport(margins?)` / `relativeTo(selector, margins?)` pick the reference
 *   area; margins (px) grow it on each side. Without either, the viewport is used.
 * - `observe(selector, callback)` watches the first match (every match with
 *   `observeAll`). The browser reports each target once at the start: that first report
 *   reaches the callback only when its ratio differs from `initialRatio` (default 0), so a
 *   target that starts outside the area is silent until it enters, as in WeChat.
 * - A `relativeTo` node that contains the targets uses the browser's observer; any other
 *   node (WeChat allows siblings too) is measured by hand after scrolls and resizes
 *   (geometric-observer.ts).
 */
export interface Margins { left?: number, right?: number, top?: number, bottom?: number }
export interface IntersectionObserverOptions { thresholds?: number[], initialRatio?: number, observeAll?: boolean }
interface Rect { left: number, right: number, top: number, bottom: number, width?: number, height?: number }
export interface ObserveResult {
  id: string
  dataset: Record<string, string>
  time: number
  intersectionRatio: number
  intersectionRect: Rect
  boundingClientRect: Rect
  relativeRect: Rect
}

export interface WxIntersectionObserver {
  relativeTo: (selector: string, margins?: Margins) => WxIntersectionObserver
  relativeToViewport: (margins?: Margins) => WxIntersectionObserver
  observe: (targetSelector: string, callback: (result: ObserveResult) => void) => void
  disconnect: () => void
}

function rect(r: DOMRectReadOnly): Required<Rect> {
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }
}

function rootMargin(m: Margins = {}): string {
  return [m.top, m.right, m.bottom, m.left].map(v => `${Number(v) || 0}px`).join(' ')
}

function scopeOf(component: unknown): ParentNode {
  if (component instanceof Element || component instanceof ShadowRoot) return component
  const el = component && typeof component === 'object' ? (component as Record<string, unknown>).$el : undefined
  return el instanceof Element ? el : document
}

/** `createIntersectionObserver(component?, options?)`; the component may be omitted. */
export function createIntersectionObserver(component?: unknown, options?: IntersectionObserverOptions): WxIntersectionObserver {
  if (options === undefined && component && typeof component === 'object' && !(component instanceof Node) && ('thresholds' in component || 'initialRatio' in component || 'observeAll' in component)) {
    options = component as IntersectionObserverOptions
    component = undefined
  }
  const scope = scopeOf(component)
  const { thresholds = [0], initialRatio = 0, observeAll = false } = options ?? {}
  let root: Element | null = null
  let margins: Required<Margins> = { top: 0, right: 0, bottom: 0, left: 0 }
  const stops: Array<() => void> = []
  const setMargins = (m: Margins = {}) => {
    margins = { top: Number(m.top) || 0, right: Number(m.right) || 0, bottom: Number(m.bottom) || 0, left: Number(m.left) || 0 }
  }
  const self: WxIntersectionObserver = {
    relativeTo(selector, m) {
      root = scope.querySelector(selector) ?? document.querySelector(selector)
      setMargins(m)
      return self
    },
    relativeToViewport(m) {
      root = null
      setMargins(m)
      return self
    },
    observe(targetSelector, callback) {
      const targets = observeAll ? [...scope.querySelectorAll(targetSelector)] : [scope.querySelector(targetSelector)].filter((el): el is Element => el !== null)
      if (!targets.length) return
      const deliver = (target: Element, ratio: number, first: boolean, time: number, rects: { intersection: Rect, bounds: Rect, root: Rect }) => {
        // The first report of each target only counts when it differs from initialRatio.
        if (first && ratio === initialRatio) return
        callUser(callback, {
          id: target.id,
          dataset: { ...(target as HTMLElement).dataset } as Record<string, string>,
          time: Math.round(time),
          intersectionRatio: ratio,
          intersectionRect: rects.intersection,
          boundingClientRect: rects.bounds,
          relativeRect: rects.root,
        })
      }
      // A reference node that does not contain every target is measured by hand.
      const reference = root
      if (reference && !targets.every(target => reference.contains(target))) {
        stops.push(observeGeometry(reference, margins, thresholds, targets, entry =>
          deliver(entry.target, entry.ratio, entry.first, Date.now(), { intersection: entry.intersection, bounds: entry.bounds, root: entry.root })))
        return
      }
      const seen = new WeakSet<Element>()
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          const first = !seen.has(entry.target)
          seen.add(entry.target)
          deliver(entry.target, entry.isIntersecting ? entry.intersectionRatio : 0, first, performance.timeOrigin + entry.time, {
            intersection: rect(entry.intersectionRect),
            bounds: rect(entry.boundingClientRect),
            root: entry.rootBounds ? rect(entry.rootBounds) : { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 },
          })
        }
      }, { root, rootMargin: rootMargin(margins), threshold: thresholds })
      for (const target of targets) observer.observe(target)
      stops.push(() => observer.disconnect())
    },
    disconnect() {
      for (const stop of stops.splice(0)) stop()
    },
  }
  return self
}
