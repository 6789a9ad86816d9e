import type { PageRecord } from './page-record'

/** The page stack (index 0 = bottom) and the tab pages kept alive off the stack. */
export const stack: PageRecord[] = []
export const aliveTabs = new Map<string, PageRecord>()

export function topRecord(): PageRecord | undefined {
  return stack[stack.length - 1]
}

/** WeChat's page stack limit: the 11th navigateTo fails. */
export const MAX_STACK = 10

let chain: Promise<unknown> = Promise.resolve()
let pending = 0
const idleWaiters: Array<() => void> = []

/**
 * Route operations run one at a time, in call order: each one sees the stack the previous
 * one left, and history traversals never interleave.
 */
export function enqueue<T>(task: () => Promise<T> | T): Promise<T> {
  pending++
  const run = chain.then(task)
  chain = run.then(settled, settled)
  return run
}

function settled(): void {
  if (--pending === 0) for (const wake of idleWaiters.splice(0)) wake()
}

/** Resolves once every queued route operation has finished (tests and benchmarks use it). */
export function routerIdle(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise(resolve => idleWaiters.push(resolve))
}
