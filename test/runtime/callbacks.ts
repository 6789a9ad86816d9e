import { vi } from 'vitest'

/** success / fail / complete spies that record their order in `calls`. */
export function spies() {
  const calls: string[] = []
  const s = {
    calls,
    success: vi.fn((_res: unknown) => { calls.push('success') }),
    fail: vi.fn((_res: unknown) => { calls.push('fail') }),
    complete: vi.fn((_res: unknown) => { calls.push('complete') }),
  }
  // Not enumerable: `{ ...s }` passes only the three callbacks to an API.
  Object.defineProperty(s, 'calls', { enumerable: false })
  return s
}

/** The message of what a sync API throws. */
export function thrown(fn: () => unknown): string {
  try {
    fn()
  }
  catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a throw')
}
