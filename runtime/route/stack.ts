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

/**
 * Route operations run one at a time, in call order: each one sees the stack the previous
 * one left, and history traversals never interleave.
 */
export function enqueue<T>(task: () => Promise<T> | T): Promise<T> {
  const run = chain.then(task)
  chain = run.catch(() => {})
  return run
}

/** Resolves once every queued route operation has finished, those queued meanwhile included (tests and benchmarks use it). */
export async function routerIdle(): Promise<void> {
  for (let seen; seen !== chain;) {
    seen = chain
    await seen
  }
}
