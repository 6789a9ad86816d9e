/** Calls a callback-style wx method and records the callbacks it fires, in order. */
export function run(method: (o: Record<string, unknown>) => unknown, options: Record<string, unknown> = {}) {
  return new Promise<{ calls: string[], res: Record<string, any>, returned: unknown }>((resolve) => {
    const calls: string[] = []
    let res: Record<string, any> = {}
    const returned = method({
      ...options,
      success: (r: Record<string, any>) => { calls.push('success'); res = r },
      fail: (r: Record<string, any>) => { calls.push('fail'); res = r },
      complete: () => { calls.push('complete'); queueMicrotask(() => resolve({ calls, res, returned })) },
    })
  })
}

/** The Error a sync API throws. */
export function thrown(fn: () => unknown): Error & { errno?: number } {
  try {
    fn()
  }
  catch (error) {
    return error as Error & { errno?: number }
  }
  throw new Error('expected a throw')
}

/** A fresh IndexedDB namespace for this test file (test files share one origin). */
export async function freshDatabase(appId: string): Promise<void> {
  await new Promise(resolve => { const r = indexedDB.deleteDatabase(`wxh5-fs:${appId}:@`); r.onsuccess = r.onerror = r.onblocked = resolve })
}
