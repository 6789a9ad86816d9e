import { callUser } from '../internal/report-error'

/**
 * wx.createIntersectionObserver over the browser's IntersectionObserver.
 * - `relativeToViewport(margins?)` / `relativeTo(selector, margins?)` pick the reference
 *   area; margins (px) grow it on each side. Without either, the viewport is used.
 * - `observe(selector, callback)` watches the first match (every match with
 *   `observeAll`). The browser reports each target once at the start: that first report
 *   reaches the callback only when its ratio differs from `initialRatio` (default 0), so a
 *   target that starts outside the area is silent until it enters, as in WeChat.
 * - A `relativeTo` node must contain the targets (the browser measures against ancestors).
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
  let margin = rootMargin()
  const observers: IntersectionObserver[] = []
  const self: WxIntersectionObserver = {
    relativeTo(selector, margins) {
      root = scope.querySelector(selector) ?? document.querySelector(selector)
      margin = rootMargin(margins)
      return self
    },
    relativeToViewport(margins) {
      root = null
      margin = rootMargin(margins)
      return self
    },
    observe(targetSelector, callback) {
      const targets = observeAll ? [...scope.querySelectorAll(targetSelector)] : [scope.querySelector(targetSelector)].filter((el): el is Element => el !== null)
      if (!targets.length) return
      const seen = new WeakSet<Element>()
      const observer = new IntersectionObserver((entries) => {
        for (const entry of entries) {
          const first = !seen.has(entry.target)
          seen.add(entry.target)
          const ratio = entry.isIntersecting ? entry.intersectionRatio : 0
          if (first && ratio === initialRatio) continue
          const target = entry.target as HTMLElement
          callUser(callback, {
            id: target.id,
            dataset: { ...target.dataset } as Record<string, string>,
            time: Math.round(performance.timeOrigin + entry.time),
            intersectionRatio: ratio,
            intersectionRect: rect(entry.intersectionRect),
            boundingClientRect: rect(entry.boundingClientRect),
            relativeRect: entry.rootBounds ? rect(entry.rootBounds) : { left: 0, right: 0, top: 0, bottom: 0, width: 0, height: 0 },
          })
        }
      }, { root, rootMargin: margin, threshold: thresholds })
      for (const target of targets) observer.observe(target)
      observers.push(observer)
    },
    disconnect() {
      for (const observer of observers.splice(0)) observer.disconnect()
    },
  }
  return self
}
