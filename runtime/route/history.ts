import { routeUrl } from '../internal/location'
import type { PageRecord } from './page-record'

/** What one history entry remembers: the whole stack up to and including its page. */
export interface SavedEntry { key: string, route: string, search: string }
export interface SavedStack { index: number, stack: SavedEntry[] }

const FIELD = '__wxh5'

export function readSaved(state: unknown): SavedStack | undefined {
  const saved = (state as Record<string, unknown> | null)?.[FIELD] as SavedStack | undefined
  if (!saved || !Array.isArray(saved.stack) || typeof saved.index !== 'number' || saved.stack.length !== saved.index + 1) return undefined
  return saved
}

/** Writes the stack into history: a new entry for its top page (push) or the current entry. */
export function writeEntry(stack: readonly PageRecord[], push?: boolean): void {
  const entries = stack.map(r => ({ key: r.key, route: r.route, search: r.search }))
  const top = entries[entries.length - 1]
  history[push ? 'pushState' : 'replaceState']({ [FIELD]: { index: entries.length - 1, stack: entries } }, '', routeUrl(top.route, top.search))
}

let awaitingPop: (() => void) | undefined

/** True when the popstate belongs to a traversal the router started itself. */
export function claimPop(): boolean {
  if (!awaitingPop) return false
  const done = awaitingPop
  awaitingPop = undefined
  done()
  return true
}

// A traversal whose popstate never comes (the entries were lost) must not hang the router.
const TRAVERSE_TIMEOUT = 3000

/** history.go(delta), resolved when the browser reports it arrived. */
export function traverse(delta: number): Promise<boolean> {
  if (delta === 0) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      awaitingPop = undefined
      resolve(false)
    }, TRAVERSE_TIMEOUT)
    awaitingPop = () => {
      clearTimeout(timer)
      resolve(true)
    }
    history.go(delta)
  })
}
