import { callUser } from '../internal/report-error'
import { collectFields, type FieldsOptions, type Target, VIEWPORT } from './node-fields'
import { queryTargets } from './query-targets'

/**
 * wx.createSelectorQuery over the page DOM. Requests are queued by `select(...).fields(...)`
 * and friends and answered together by `exec`, asynchronously (after the current task,
 * when a framework has flushed its updates), in request order: each request's own callback
 * first, then exec's callback with the array of all results. `select` with no match gives
 * `null`; `selectAll` gives an array. WXML's `>>>` (into a component) is the descendant
 * combinator here: components render into the same document tree.
 */
type Result = Record<string, unknown> | Array<Record<string, unknown>> | null
type Callback = (result: any) => void

interface Request { selector: string | typeof VIEWPORT, all: boolean, fields: FieldsOptions, callback?: Callback }

export interface NodesRef {
  boundingClientRect: (callback?: Callback) => SelectorQuery
  scrollOffset: (callback?: Callback) => SelectorQuery
  fields: (fields: FieldsOptions, callback?: Callback) => SelectorQuery
  node: (callback?: Callback) => SelectorQuery
  context: (callback?: Callback) => SelectorQuery
}

export interface SelectorQuery {
  in: (component?: unknown) => SelectorQuery
  select: (selector: string) => NodesRef
  selectAll: (selector: string) => NodesRef
  selectViewport: () => NodesRef
  exec: (callback?: (results: Result[]) => void) => void
}

type Scope = ParentNode

/** The DOM scope of a component: an Element or ShadowRoot, or one held in `$el` / `el` / `container`. */
function scopeOf(component: unknown): Scope {
  if (component instanceof Element || component instanceof ShadowRoot || component instanceof Document) return component
  if (component && typeof component === 'object') {
    for (const key of ['$el', 'el', 'container']) {
      const value = (component as Record<string, unknown>)[key]
      if (value instanceof Element || value instanceof ShadowRoot) return value
    }
  }
  return document
}

function answer(scope: Scope, { selector, all, fields }: Request): Result {
  let targets: Target[] = [VIEWPORT]
  if (selector !== VIEWPORT) {
    try {
      // WXML's `>>>` (into a component) is the descendant combinator here.
      targets = queryTargets(scope, selector.replace(/\s*>>>\s*/g, ' '), all)
    }
    catch {
      // An invalid selector matches nothing, as WeChat answers it.
      targets = []
    }
  }
  const results = targets.map(target => collectFields(target, fields))
  return all ? results : results[0] ?? null
}

const RECT: FieldsOptions = { id: true, dataset: true, rect: true, size: true }
const SCROLL: FieldsOptions = { id: true, dataset: true, scrollOffset: true }

export function createSelectorQuery(): SelectorQuery {
  let scope: Scope = document
  const requests: Request[] = []
  const ref = (selector: string | typeof VIEWPORT, all: boolean): NodesRef => {
    const add = (fields: FieldsOptions, callback?: Callback) => {
      requests.push({ selector, all, fields, callback })
      return query
    }
    return {
      boundingClientRect: callback => add(RECT, callback),
      scrollOffset: callback => add(SCROLL, callback),
      fields: (fields, callback) => add({ ...fields }, callback),
      node: callback => add({ node: true }, callback),
      context: callback => add({ context: true }, callback),
    }
  }
  const query: SelectorQuery = {
    in(component) {
      scope = scopeOf(component)
      return query
    },
    select: selector => ref(String(selector), false),
    selectAll: selector => ref(String(selector), true),
    selectViewport: () => ref(VIEWPORT, false),
    exec(callback) {
      const batch = requests.splice(0)
      setTimeout(() => {
        const results = batch.map(request => answer(scope, request))
        batch.forEach((request, i) => callUser(request.callback, results[i]))
        callUser(callback, results)
      })
    },
  }
  return query
}
