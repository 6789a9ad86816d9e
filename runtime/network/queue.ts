/** At most this many request + uploadFile + downloadFile operations run at once (WeChat's limit). */
export const MAX_CONCURRENT = 10

export interface Queue {
  /**
   * Resolves with a release function once a slot is free; waiters are served in call
   * order. An abort while waiting rejects with the signal's reason and gives up the place.
   */
  acquire: (signal: AbortSignal) => Promise<() => void>
  readonly running: number
  readonly waiting: number
}

export function createQueue(limit: number): Queue {
  let running = 0
  const waiters: Array<() => void> = []
  return {
    acquire: signal => new Promise((resolve, reject) => {
      const start = () => {
        running++
        // A release frees its slot once, however often it is called, and starts the next waiter.
        let held = true
        resolve(() => {
          if (!held) return
          held = false
          running--
          waiters.shift()?.()
        })
      }
      // Rejects (with the signal's reason) when already aborted.
      signal.throwIfAborted()
      if (running < limit) return start()
      waiters.push(start)
      signal.addEventListener('abort', () => {
        const index = waiters.indexOf(start)
        if (index === -1) return // already started
        waiters.splice(index, 1)
        reject(signal.reason)
      })
    }),
    get running() {
      return running
    },
    get waiting() {
      return waiters.length
    },
  }
}

let shared: Queue | undefined

/** The one queue shared by request, uploadFile and downloadFile (created on first use). */
export function networkQueue(): Queue {
  return shared ??= createQueue(MAX_CONCURRENT)
}
