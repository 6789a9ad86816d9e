import { vi } from 'vitest'

/** Every localStorage name under this file's own namespaces: test files share one origin. */
export function namesUnder(prefix: string): string[] {
  const names: string[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const name = localStorage.key(i)!
    if (name.startsWith(prefix)) names.push(name)
  }
  return names.sort()
}

export function removeUnder(prefix: string): void {
  for (const name of namesUnder(prefix)) localStorage.removeItem(name)
}

/** success / fail / complete spies that record their order. */
export function spies() {
  const calls: string[] = []
  return {
    calls,
    success: vi.fn(() => { calls.push('success') }),
    fail: vi.fn(() => { calls.push('fail') }),
    complete: vi.fn(() => { calls.push('complete') }),
  }
}

/** The message a sync API throws. */
export function thrown(fn: () => unknown): string {
  try {
    fn()
  }
  catch (error) {
    return (error as Error).message
  }
  throw new Error('expected a throw')
}

export const MB = 1024 * 1024
