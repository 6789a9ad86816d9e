import { defineAsync, syncError } from './define'
import { fail } from './fail'

/**
 * The stub the transform puts in place of an API that the web cannot provide or that is
 * newer than the configured base library. It fails the way wx fails and never settles
 * as a success: async kinds through fail/complete/Promise, everything else by throwing.
 */
export function unsupported(api: string, kind: string = 'async'): (...args: unknown[]) => unknown {
  const body = (): never => {
    throw fail('not supported')
  }
  // Task APIs (request, downloadFile, ...) never return a Promise, even as stubs.
  if (kind === 'task') return defineAsync(api, body, false) as (...args: unknown[]) => unknown
  if (kind === 'async') return defineAsync(api, body) as (...args: unknown[]) => unknown
  return () => {
    throw syncError(api, fail('not supported'))
  }
}
