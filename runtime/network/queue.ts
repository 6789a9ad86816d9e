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
  const release = (): void => {
    const next = waiters.shift()
    if (next) next()
    else running--
  }
  const slot = (): (() => void) => {
    let released = false
    return () => {
      if (released) return
      released = true
      release()
    }
  }
  return {
    acquire(signal) {
      if (signal.aborted) return Promise.reject(signal.reason)
      if (running < limit) {
        running++
        return Promise.resolve(slot())
      }
      return new Promise((resolve, reject) => {
        // The slot passes straight from the releaser to this waiter: `running` is unchanged.
        const start = () => {
          signal.removeEventListener('abort', cancel)
          resolve(slot())
        }
        const cancel = () => {
          const index = waiters.indexOf(start)
          if (index !== -1) waiters.splice(index, 1)
          reject(signal.reason)
        }
        waiters.push(start)
        signal.addEventListener('abort', cancel, { once: true })
      })
    },
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
