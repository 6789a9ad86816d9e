/**
 * Intersection against a reference node that is not an ancestor of the target (WeChat's
 * `relativeTo` allows any node; the browser's IntersectionObserver only measures against
 * ancestors). Rectangles are compared on the next animation frame after any scroll or
 * resize; an entry is reported when the target crosses one of the thresholds, like the
 * browser's observer reports it.
 */
export interface Box { left: number, right: number, top: number, bottom: number, width: number, height: number }
export interface GeometricEntry { target: Element, ratio: number, intersection: Box, bounds: Box, root: Box, first: boolean }

function box(left: number, top: number, right: number, bottom: number): Box {
  return { left, top, right, bottom, width: right - left, height: bottom - top }
}

/** Which threshold band a ratio is in: thresholds at or below it, 0 when not intersecting. */
function band(ratio: number, intersecting: boolean, thresholds: number[]): number {
  if (!intersecting) return 0
  return thresholds.filter(t => ratio >= t).length
}

export function observeGeometry(
  root: Element,
  margins: { top: number, right: number, bottom: number, left: number },
  thresholds: number[],
  targets: Element[],
  report: (entry: GeometricEntry) => void,
): () => void {
  const bands = new Map<Element, number>()
  let frame = 0
  const measure = () => {
    frame = 0
    const r = root.getBoundingClientRect()
    const area = box(r.left - margins.left, r.top - margins.top, r.right + margins.right, r.bottom + margins.bottom)
    for (const target of targets) {
      const t = target.getBoundingClientRect()
      const bounds = box(t.left, t.top, t.right, t.bottom)
      const left = Math.max(t.left, area.left)
      const top = Math.max(t.top, area.top)
      const right = Math.min(t.right, area.right)
      const bottom = Math.min(t.bottom, area.bottom)
      const intersecting = right >= left && bottom >= top
      const intersection = intersecting ? box(left, top, right, bottom) : box(0, 0, 0, 0)
      const targetArea = bounds.width * bounds.height
      const ratio = !intersecting ? 0 : targetArea ? (intersection.width * intersection.height) / targetArea : 1
      const next = band(ratio, intersecting, thresholds)
      const first = !bands.has(target)
      if (!first && bands.get(target) === next) continue
      bands.set(target, next)
      report({ target, ratio, intersection, bounds, root: area, first })
    }
  }
  const schedule = () => {
    frame ||= requestAnimationFrame(measure)
  }
  document.addEventListener('scroll', schedule, { capture: true, passive: true })
  addEventListener('resize', schedule)
  schedule()
  return () => {
    cancelAnimationFrame(frame)
    document.removeEventListener('scroll', schedule, { capture: true })
    removeEventListener('resize', schedule)
  }
}
