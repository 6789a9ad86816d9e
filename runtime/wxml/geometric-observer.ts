/**
 * Intersection against a reference node that is not an ancestor of the target (WeChat's
 * `relativeTo` allows any node; the browser's IntersectionObserver only measures against
 * ancestors). Rectangles are compared on the next animation frame after any scroll or
 * resize; an entry is reported when the target crosses one of the thresholds, like the
 * browser's observer reports it.
 */
export interface Box { left: number, right: number, top: number, bottom: number, width: number, height: number }

/** Called with the target, its ratio, whether it is its first report, and the three rectangles. */
export type GeometricReport = (target: Element, ratio: number, first: boolean, intersection: Box, bounds: Box, root: Box) => void

function box(left: number, top: number, right: number, bottom: number): Box {
  return { left, top, right, bottom, width: right - left, height: bottom - top }
}

/** `margins` are [top, right, bottom, left], in px. */
export function observeGeometry(root: Element, margins: number[], thresholds: number[], targets: Element[], report: GeometricReport): () => void {
  // Which threshold band each target is in: thresholds at or below its ratio, 0 when not intersecting.
  const bands = new Map<Element, number>()
  let frame = 0
  const measure = () => {
    frame = 0
    const [top, right, bottom, left] = margins
    const r = root.getBoundingClientRect()
    const area = box(r.left - left, r.top - top, r.right + right, r.bottom + bottom)
    for (const target of targets) {
      const t = target.getBoundingClientRect()
      const bounds = box(t.left, t.top, t.right, t.bottom)
      const inside = box(Math.max(t.left, area.left), Math.max(t.top, area.top), Math.min(t.right, area.right), Math.min(t.bottom, area.bottom))
      const intersecting = inside.width >= 0 && inside.height >= 0
      const targetArea = bounds.width * bounds.height
      const ratio = !intersecting ? 0 : targetArea ? (inside.width * inside.height) / targetArea : 1
      const band = intersecting ? thresholds.filter(threshold => ratio >= threshold).length : 0
      const first = !bands.has(target)
      if (!first && bands.get(target) === band) continue
      bands.set(target, band)
      report(target, ratio, first, intersecting ? inside : box(0, 0, 0, 0), bounds, area)
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
