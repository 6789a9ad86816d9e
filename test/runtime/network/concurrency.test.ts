import { describe, expect, inject, it } from 'vitest'
import { createTempFile } from '../../../runtime/internal/temp-files'
import { downloadFile, request, uploadFile } from '../../../runtime/network/index'
import { createQueue, MAX_CONCURRENT } from '../../../runtime/network/queue'
import { origin, release, run, stats, uniqueKey, untilHeld } from './helpers'

// Chromium opens at most 6 HTTP/1.1 connections per origin (shared with the other test
// files): spread over four origins (24 connections) so that only the runtime's own limit
// can hold requests back.
const origins = [origin, ...inject('httpAltOrigins')]

describe('createQueue', () => {
  it('serves waiters in call order as slots free up', async () => {
    const queue = createQueue(2)
    const order: number[] = []
    const signal = new AbortController().signal
    const releases = await Promise.all([queue.acquire(signal), queue.acquire(signal)])
    const waiting = [3, 4, 5].map(i => queue.acquire(signal).then((done) => {
      order.push(i)
      return done
    }))
    expect([queue.running, queue.waiting]).toEqual([2, 3])
    releases[0]()
    releases[0]() // releasing twice frees one slot only
    await Promise.resolve()
    await Promise.resolve()
    expect(order).toEqual([3])
    releases[1]()
    ;(await waiting[0])()
    for (const next of waiting) (await next)()
    expect(order).toEqual([3, 4, 5])
    expect([queue.running, queue.waiting]).toEqual([0, 0])
  })

  it('drops an aborted waiter without starting it', async () => {
    const queue = createQueue(1)
    const first = await queue.acquire(new AbortController().signal)
    const controller = new AbortController()
    const aborted = queue.acquire(controller.signal)
    const next = queue.acquire(new AbortController().signal)
    controller.abort('gone')
    await expect(aborted).rejects.toBe('gone')
    expect(queue.waiting).toBe(1)
    first()
    ;(await next)()
    expect([queue.running, queue.waiting]).toEqual([0, 0])
  })
})

describe('the shared limit of 10', () => {
  it('never has more than 10 of 100 requests in flight, and all 100 settle', async () => {
    expect(MAX_CONCURRENT).toBe(10)
    const key = uniqueKey()
    // The server answers a batch when 11 are in flight (never, if the limit holds) or after 150 ms.
    const all = Array.from({ length: 100 }, (_, i) =>
      run(request, { url: `${origins[i % origins.length]}/inflight?key=${key}&at=11&i=${i}` }).settled)
    const results = await Promise.all(all)
    expect(results.map(r => r.calls.join())).toEqual(Array.from({ length: 100 }, () => 'success,complete'))
    expect(results.map(r => r.res.data)).toEqual(Array.from({ length: 100 }, (_, i) => i))
    expect(await stats(key)).toEqual({ hits: 100, inFlight: 0, maxInFlight: 10 })
  })

  it('shares the limit between request, uploadFile and downloadFile; a queued abort never starts', async () => {
    const key = uniqueKey()
    const filePath = createTempFile(new Blob(['x']))
    const held = [
      ...Array.from({ length: 4 }, (_, i) => run(request, { url: `${origins[i % origins.length]}/hold?key=${key}` })),
      ...Array.from({ length: 3 }, (_, i) => run(downloadFile, { url: `${origins[i % origins.length]}/hold?key=${key}` })),
      ...Array.from({ length: 3 }, (_, i) => run(uploadFile, { url: `${origins[i % origins.length]}/hold?key=${key}`, filePath, name: 'f' })),
    ]
    await untilHeld(key, 10)
    const queuedKey = uniqueKey()
    const queued = run(request, { url: `${origins[1]}/hold?key=${queuedKey}` })
    const after = run(request, { url: `${origins[2]}/json` })
    queued.task.abort()
    const aborted = await queued.settled
    expect(aborted.calls).toEqual(['fail', 'complete'])
    expect(aborted.res).toEqual({ errMsg: 'request:fail abort' })
    expect(await stats(key)).toMatchObject({ inFlight: 10 })
    expect(await release(key)).toBe(10)
    const settled = await Promise.all(held.map(h => h.settled))
    expect(settled.map(s => s.res.errMsg)).toEqual([
      ...Array.from({ length: 4 }, () => 'request:ok'),
      ...Array.from({ length: 3 }, () => 'downloadFile:ok'),
      ...Array.from({ length: 3 }, () => 'uploadFile:ok'),
    ])
    expect((await after.settled).res.data).toEqual({ a: 1, b: [1, 2] })
    expect(await stats(queuedKey)).toEqual({ hits: 0, inFlight: 0, maxInFlight: 0 })
  })

  it('does not run a task aborted before it was dispatched', async () => {
    const key = uniqueKey()
    const { task, settled } = run(request, { url: `${origin}/hold?key=${key}` })
    task.abort()
    expect((await settled).res).toEqual({ errMsg: 'request:fail abort' })
    await run(request, { url: `${origin}/json` }).settled
    expect((await stats(key)).hits).toBe(0)
  })
})
