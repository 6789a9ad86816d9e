import { inject } from 'vitest'

export const origin = inject('httpOrigin')

export interface Settled<R> {
  /** 'success' or 'fail', then 'complete': the exact callback order. */
  calls: string[]
  res: R & { errMsg: string, errno?: number }
}

// eslint-disable-next-line ts/no-explicit-any -- the tests pass wrong options on purpose
type TaskApi<T> = (options: any) => T

/**
 * Calls a task API with spying callbacks; `settled` resolves on `complete` with the call
 * order and the result (complete must receive the same object as success/fail).
 */
export function run<T>(api: TaskApi<T>, options: Record<string, unknown>): { task: T, settled: Promise<Settled<Record<string, any>>> } {
  const calls: string[] = []
  let first: unknown
  let task!: T
  const settled = new Promise<Settled<Record<string, any>>>((resolve) => {
    task = api({
      ...options,
      success: (res: never) => { calls.push('success'); first = res },
      fail: (res: never) => { calls.push('fail'); first = res },
      complete: (res: never) => {
        calls.push('complete')
        if (res !== first) calls.push('complete-got-another-object')
        // Let a stray second settlement show up before the test looks.
        setTimeout(() => resolve({ calls, res: res as Settled<Record<string, any>>['res'] }), 0)
      },
    } as never)
  })
  return { task, settled }
}

export function uniqueKey(): string {
  return `k${Math.random().toString(36).slice(2)}`
}

export async function release(key: string): Promise<number> {
  const res = await fetch(`${origin}/release?key=${key}`)
  return (await res.json()).released
}

export async function stats(key: string): Promise<{ hits: number, inFlight: number, maxInFlight: number }> {
  return (await fetch(`${origin}/stats?key=${key}`)).json()
}

/** Resolves once the server holds `count` requests of `key` (polls without timers, so fake timers are fine). */
export async function untilHeld(key: string, count: number): Promise<void> {
  for (;;) {
    const { inFlight } = await stats(key)
    if (inFlight >= count) return
  }
}
