import { callUser } from '../internal/report-error'
import { observeGeometry } from './geometric-observer'
import { queryTargets } from './query-targets'

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

const OPTION_KEYS = ['thresholds', 'initialRatio', 'observeAll']
const SIDES = ['top', 'right', 'bottom', 'left'] as const

function rect({ left, right, top, bottom, width, height }: DOMRectReadOnly): Required<Rect> {
  return { left, right, top, bottom, width, height }
}

function scopeOf(component: unknown): ParentNode {
  if (component instanceof Element || component instanceof ShadowRoot) return component
  const el = component && typeof component === 'object' ? (component as Record<string, unknown>).$el : undefined
  return el instanceof Element ? el : document
}

/** `createIntersectionObserver(component?, options?)`; the component may be omitted. */
export function createIntersectionObserver(component?: unknown, options?: IntersectionObserverOptions): WxIntersectionObserver {
  if (options === undefined && component && typeof component === 'object' && !(component instanceof Node) && OPTION_KEYS.some(key => key in (component as object))) {
    options = component as IntersectionObserverOptions
    component = undefined
  }
  const scope = scopeOf(component)
  const { thresholds = [0], initialRatio = 0, observeAll = false } = options ?? {}
  let root: Element | null = null
  /** [top, right, bottom, left] in px: they grow the reference area. */
  let margins = [0, 0, 0, 0]
  const stops: Array<() => void> = []
  const self: WxIntersectionObserver = {
    relativeTo(selector, m) {
      const reference = scope.querySelector(selector) ?? document.querySelector(selector)
      self.relativeToViewport(m)
      root = reference
      return self
    },
    relativeToViewport(m = {}) {
      root = null
      margins = SIDES.map(side => Number(m[side]) || 0)
      return self
    },
    observe(targetSelector, callback) {
      const targets = queryTargets(scope, targetSelector, observeAll)
      if (!targets.length) return
      const report = (target: Element, ratio: number, first: boolean, time: number, intersectionRect: Rect, boundingClientRect: Rect, relativeRect: Rect) => {
        // The first report of each target only counts when it differs from initialRatio.
        if (first && ratio === initialRatio) return
        callUser(callback, {
          id: target.id,
          dataset: { ...(target as HTMLElement).dataset } as Record<string, string>,
          time: Math.round(time),
          intersectionRatio: ratio,
          intersectionRect,
          boundingClientRect,
          relativeRect,
        })
      }
      // A reference node that does not contain every target is measured by hand.
      const reference = root
      if (reference && !targets.every(target => reference.contains(target))) {
        stops.push(observeGeometry(reference, margins, thresholds, targets, (target, ratio, first, ...rects) =>
          report(target, ratio, first, Date.now(), ...rects)))
        return
      }
      const seen = new WeakSet<Element>()
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          const first = !seen.has(entry.target)
          seen.add(entry.target)
          report(entry.target, entry.isIntersecting ? entry.intersectionRatio : 0, first, performance.timeOrigin + entry.time,
            rect(entry.intersectionRect), rect(entry.boundingClientRect), rect(entry.rootBounds ?? new DOMRect()))
        }
      }, { root, rootMargin: margins.map(px => `${px}px`).join(' '), threshold: thresholds })
      for (const target of targets) observer.observe(target)
      stops.push(() => observer.disconnect())
    },
    disconnect() {
      for (const stop of stops.splice(0)) stop()
    },
  }
  return self
}
