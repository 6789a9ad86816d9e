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

const kebab = (name: string) => name.replace(/[A-Z]/g, c => `-${c.toLowerCase()}`)

/** Copies `keys` of `source` (a DOMRect's getters too) onto `out`. */
function copy(out: Record<string, unknown>, source: object, keys: string[]): void {
  for (const key of keys) out[key] = (source as Record<string, unknown>)[key]
}

/** The node's properties: the element's own property when it has one, else its attribute. */
function propertyOf(el: Element, name: string): unknown {
  return name in el ? (el as unknown as Record<string, unknown>)[name] : el.getAttribute(kebab(name)) ?? undefined
}

export function collectFields(target: Target, fields: FieldsOptions): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  const el = target === VIEWPORT ? undefined : target
  if (fields.id) out.id = el?.id ?? ''
  if (fields.dataset) out.dataset = el instanceof HTMLElement ? { ...el.dataset } : {}
  // No mark on the web: the marks of a WXML tree have no DOM counterpart.
  if (fields.mark) out.mark = {}
  const rect = fields.rect || fields.size ? el?.getBoundingClientRect() ?? new DOMRect(0, 0, innerWidth, innerHeight) : undefined
  if (fields.rect) copy(out, rect!, ['left', 'right', 'top', 'bottom'])
  if (fields.size) copy(out, rect!, ['width', 'height'])
  if (fields.scrollOffset) copy(out, el ?? document.scrollingElement ?? document.documentElement, ['scrollLeft', 'scrollTop', 'scrollWidth', 'scrollHeight'])
  if (el && Array.isArray(fields.properties)) for (const name of fields.properties) out[name] = propertyOf(el, name)
  if (el && Array.isArray(fields.computedStyle)) {
    const style = getComputedStyle(el)
    for (const name of fields.computedStyle) out[name] = style.getPropertyValue(kebab(name))
  }
  // The element itself stands for WeChat's Node instance (a <canvas> is the Canvas).
  if (fields.node) out.node = el ?? null
  if (fields.context) out.context = el ?? null
  return out
}
