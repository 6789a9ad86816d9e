/**
 * What a SelectorQuery reports about one node, over the DOM: ids and datasets from the
 * element, rectangles from getBoundingClientRect (CSS pixels, relative to the viewport,
 * as WeChat's are relative to the display area), scroll positions, computed styles.
 */
export interface FieldsOptions {
  id?: boolean
  dataset?: boolean
  mark?: boolean
  rect?: boolean
  size?: boolean
  scrollOffset?: boolean
  properties?: string[]
  computedStyle?: string[]
  node?: boolean
  context?: boolean
}

/** The viewport, as `selectViewport()` selects it. */
export const VIEWPORT = Symbol('viewport')
export type Target = Element | typeof VIEWPORT

function datasetOf(target: Target): Record<string, string> {
  return target !== VIEWPORT && target instanceof HTMLElement ? { ...target.dataset } as Record<string, string> : {}
}

function rectOf(target: Target): { left: number, right: number, top: number, bottom: number, width: number, height: number } {
  if (target === VIEWPORT) {
    const width = innerWidth
    const height = innerHeight
    return { left: 0, right: width, top: 0, bottom: height, width, height }
  }
  const r = target.getBoundingClientRect()
  return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, width: r.width, height: r.height }
}

function scrollerOf(target: Target): Element {
  return target === VIEWPORT ? document.scrollingElement ?? document.documentElement : target
}

/** The node's properties: the element's own property when it has one, else its attribute. */
function propertyOf(el: Element, name: string): unknown {
  if (name in el) return (el as unknown as Record<string, unknown>)[name]
  const attr = name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)
  return el.getAttribute(attr) ?? undefined
}

export function collectFields(target: Target, fields: FieldsOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const el = target === VIEWPORT ? undefined : target
  if (fields.id) out.id = el?.id ?? ''
  if (fields.dataset) out.dataset = datasetOf(target)
  // No mark on the web: the marks of a WXML tree have no DOM counterpart.
  if (fields.mark) out.mark = {}
  if (fields.rect || fields.size) {
    const r = rectOf(target)
    if (fields.rect) Object.assign(out, { left: r.left, right: r.right, top: r.top, bottom: r.bottom })
    if (fields.size) Object.assign(out, { width: r.width, height: r.height })
  }
  if (fields.scrollOffset) {
    const s = scrollerOf(target)
    Object.assign(out, { scrollLeft: s.scrollLeft, scrollTop: s.scrollTop, scrollWidth: s.scrollWidth, scrollHeight: s.scrollHeight })
  }
  if (el && Array.isArray(fields.properties)) for (const name of fields.properties) out[name] = propertyOf(el, name)
  if (el && Array.isArray(fields.computedStyle)) {
    const style = getComputedStyle(el)
    for (const name of fields.computedStyle) out[name] = style.getPropertyValue(name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`))
  }
  // The element itself stands for WeChat's Node instance (a <canvas> is the Canvas).
  if (fields.node) out.node = el ?? null
  if (fields.context) out.context = el ?? null
  return out
}
