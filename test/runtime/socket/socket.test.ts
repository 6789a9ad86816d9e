import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { closeSocket, connectSocket, onSocketClose, onSocketError, onSocketMessage, onSocketOpen, sendSocketMessage } from '../../../runtime/socket/index'
import type { SocketTask } from '../../../runtime/socket/socket-task'
import { liveCount } from '../../../runtime/socket/registry'

const origin = inject('wsOrigin')
const opened: SocketTask[] = []
const ended = new WeakMap<SocketTask, Promise<void>>()

/** Keeps `task` for the clean-up, which closes it unless it already closed. */
function track(task: SocketTask): SocketTask {
  opened.push(task)
  ended.set(task, new Promise(resolve => task.onClose(() => resolve())))
  return task
}

function open(path: string, extra: Record<string, unknown> = {}): Promise<SocketTask> {
  const task = track(connectSocket({ url: `${origin}${path}`, ...extra } as never))
  return new Promise((resolve, reject) => {
    task.onOpen(() => resolve(task))
    task.onError(res => reject(new Error(res.errMsg)))
  })
}

function nextMessage(task: SocketTask): Promise<string | ArrayBuffer> {
  return new Promise(resolve => task.onMessage(res => resolve(res.data)))
}

function closed(task: SocketTask): Promise<{ code: number, reason: string }> {
  return new Promise(resolve => task.onClose(resolve))
}

async function callbacks(run: (cb: { success: () => void, fail: () => void, complete: () => void }) => void) {
  const calls: Array<[string, unknown]> = []
  await new Promise<void>((resolve) => {
    run({
      success: (res?: unknown) => calls.push(['success', res]),
      fail: (res?: unknown) => calls.push(['fail', res]),
      complete: (res?: unknown) => {
        calls.push(['complete', res])
        resolve()
      },
    } as never)
  })
  return calls
}

afterEach(async () => {
  const tasks = opened.splice(0)
  for (const task of tasks) task.close({ fail() {} })
  await Promise.all(tasks.map(task => ended.get(task)))
  await vi.waitFor(() => expect(liveCount()).toBe(0))
  configure({ domains: { socket: undefined } })
})

describe('connectSocket', () => {
  it('returns the task (never a Promise) and reports success once the connection starts', async () => {
    const calls: string[] = []
    const task = connectSocket({ url: `${origin}/echo`, success: (res: { errMsg: string }) => calls.push(res.errMsg), complete: (res: { errMsg: string }) => calls.push(`complete ${res.errMsg}`) } as never)
    track(task)
    expect(task).not.toBeInstanceOf(Promise)
    expect(typeof task.send).toBe('function')
    const bare = connectSocket({ url: `${origin}/echo` })
    track(bare)
    expect(bare).not.toBeInstanceOf(Promise)
    await new Promise(resolve => task.onOpen(resolve))
    expect(calls).toEqual(['connectSocket:ok', 'complete connectSocket:ok'])
  })

  it('echoes text and binary messages, binary as ArrayBuffer', async () => {
    const task = await open('/echo')
    const sent: string[] = []
    task.send({ data: 'ping', success: (res: { errMsg: string }) => sent.push(res.errMsg) } as never)
    expect(await nextMessage(task)).toBe('ping')
    const bytes = new Uint8Array([1, 2, 250]).buffer
    task.send({ data: bytes })
    const back = await nextMessage(task)
    expect(back).toBeInstanceOf(ArrayBuffer)
    expect([...new Uint8Array(back as ArrayBuffer)]).toEqual([1, 2, 250])
    expect(sent).toEqual(['sendSocketMessage:ok'])
  })

  it('reports the server close code and reason', async () => {
    const task = await open('/echo')
    const done = closed(task)
    task.send({ data: 'close:4001:bye now' })
    expect(await done).toEqual({ code: 4001, reason: 'bye now' })
  })

  it('closes with the given code and reason; close succeeds', async () => {
    const task = await open('/echo')
    const done = closed(task)
    const calls = await callbacks(cb => task.close({ code: 4000, reason: 'done', ...cb }))
    expect(calls.map(c => c[0])).toEqual(['success', 'complete'])
    expect((calls[0][1] as { errMsg: string }).errMsg).toBe('closeSocket:ok')
    expect(await done).toEqual({ code: 4000, reason: 'done' })
  })

  it('offers the requested sub-protocol', async () => {
    const task = connectSocket({ url: `${origin}/protocol`, protocols: ['chat.v2'] })
    track(task)
    expect(await nextMessage(task)).toBe('protocol:chat.v2')
  })

  it('a refused handshake gives onError then onClose (1006)', async () => {
    const task = connectSocket({ url: `${origin}/reject` })
    track(task)
    const events: unknown[] = []
    task.onError(res => events.push(res))
    await new Promise<void>(resolve => task.onClose((res) => {
      events.push(res)
      resolve()
    }))
    expect(events).toEqual([{ errMsg: 'net::ERR_FAILED' }, { code: 1006, reason: '' }])
  })

  it('a handshake that never completes is abandoned after the timeout: onError timeout, then onClose', async () => {
    const task = track(connectSocket({ url: `${origin}/silent`, timeout: 300 }))
    const events: unknown[] = []
    task.onOpen(() => events.push('open'))
    task.onError(res => events.push(res))
    await new Promise<void>(resolve => task.onClose((res) => {
      events.push(res)
      resolve()
    }))
    expect(events).toEqual([{ errMsg: 'timeout' }, { code: 1006, reason: '' }])
  })

  it('send before open fails: WebSocket is not connected', async () => {
    const task = connectSocket({ url: `${origin}/echo` })
    track(task)
    const calls = await callbacks(cb => task.send({ data: 'x', ...cb }))
    expect(calls).toEqual([
      ['fail', { errMsg: 'sendSocketMessage:fail WebSocket is not connected' }],
      ['complete', { errMsg: 'sendSocketMessage:fail WebSocket is not connected' }],
    ])
  })

  it('checks send data and close codes', async () => {
    const task = await open('/echo')
    const send = await callbacks(cb => task.send({ data: { a: 1 } as never, ...cb }))
    expect(send[0]).toEqual(['fail', { errMsg: 'sendSocketMessage:fail parameter error: parameter.data should be String|ArrayBuffer instead of Object;' }])
    const close = await callbacks(cb => task.close({ code: 1001, ...cb }))
    expect(close[0]).toEqual(['fail', { errMsg: 'closeSocket:fail invalid code' }])
    const long = await callbacks(cb => task.close({ reason: 'x'.repeat(124), ...cb }))
    expect(long[0]).toEqual(['fail', { errMsg: 'closeSocket:fail reason must not exceed 123 UTF-8 bytes' }])
  })

  it('fails the wx way for a bad url or options', async () => {
    const calls = await callbacks(cb => connectSocket({ url: 'https://example.com/', ...cb } as never))
    expect(calls[0]).toEqual(['fail', { errMsg: 'connectSocket:fail invalid url "https://example.com/"' }])
    const missing = await callbacks(cb => connectSocket({ ...cb } as never))
    expect(missing[0]).toEqual(['fail', { errMsg: 'connectSocket:fail parameter error: parameter.url should be String instead of Undefined;' }])
  })

  it('allows 5 sockets at once; the 6th fails', async () => {
    await Promise.all([1, 2, 3, 4, 5].map(() => open('/echo')))
    expect(liveCount()).toBe(5)
    const calls = await callbacks(cb => connectSocket({ url: `${origin}/echo`, ...cb } as never))
    expect(calls).toEqual([
      ['fail', { errMsg: 'connectSocket:fail fail reach max websocket connect count 5' }],
      ['complete', { errMsg: 'connectSocket:fail fail reach max websocket connect count 5' }],
    ])
    // Once one closes, a new one may start.
    const first = opened[0]
    const done = closed(first)
    first.close({})
    await done
    const again = await callbacks(cb => track(connectSocket({ url: `${origin}/echo`, ...cb } as never)))
    expect(again[0][0]).toBe('success')
  })

  it('enforces the socket domain list', async () => {
    configure({ domains: { socket: ['wss://chat.example.com'] } })
    const calls = await callbacks(cb => connectSocket({ url: `${origin}/echo`, ...cb } as never))
    expect(calls[0]).toEqual(['fail', { errMsg: 'connectSocket:fail url not in domain list', errno: 600002 }])
    configure({ domains: { socket: [origin] } })
    await open('/echo')
  })
})

describe('legacy global socket API', () => {
  it('binds to the first socket: events, sendSocketMessage and closeSocket', async () => {
    const events: unknown[] = []
    onSocketOpen(res => events.push(['open', res]))
    onSocketMessage(res => events.push(['message', res]))
    onSocketError(res => events.push(['error', res]))
    const closedLegacy = new Promise<void>(resolve => onSocketClose((res) => {
      events.push(['close', res])
      resolve()
    }))
    const first = await open('/greet')
    const second = await open('/greet')
    await vi.waitFor(() => expect(events).toEqual([['open', { header: {} }], ['message', { data: 'hello' }]]))
    const secondMessage = nextMessage(second)
    await expect(sendSocketMessage({ data: 'via global' })).resolves.toEqual({ errMsg: 'sendSocketMessage:ok' })
    await vi.waitFor(() => expect(events).toContainEqual(['message', { data: 'via global' }]))
    await expect(closeSocket({ code: 4002, reason: 'legacy' })).resolves.toEqual({ errMsg: 'closeSocket:ok' })
    await closedLegacy
    expect(events.at(-1)).toEqual(['close', { code: 4002, reason: 'legacy' }])
    expect(events.filter(e => (e as string[])[0] === 'error')).toEqual([])
    // Nothing bound any more: the second socket did not take over.
    await expect(sendSocketMessage({ data: 'x' })).rejects.toEqual({ errMsg: 'sendSocketMessage:fail WebSocket is not connected' })
    second.send({ data: 'still here' })
    expect(await secondMessage).toBe('hello')
    void first
  })

  it('a later onSocketX replaces the earlier callback', async () => {
    const seen: string[] = []
    onSocketOpen(() => seen.push('a'))
    onSocketOpen(() => seen.push('b'))
    await open('/echo')
    await vi.waitFor(() => expect(seen).toEqual(['b']))
    expect(() => onSocketOpen('x' as never)).toThrow('onSocketOpen:fail parameter error: parameter.listener should be Function instead of String;')
  })

  it('onSocketError and onSocketClose report a refused handshake of the bound socket', async () => {
    const events: unknown[] = []
    onSocketOpen(() => events.push('open'))
    onSocketError(res => events.push(['error', res]))
    const done = new Promise<void>(resolve => onSocketClose((res) => {
      events.push(['close', res])
      resolve()
    }))
    track(connectSocket({ url: `${origin}/reject` }))
    await done
    expect(events).toEqual([['error', { errMsg: 'net::ERR_FAILED' }], ['close', { code: 1006, reason: '' }]])
  })

  it('closeSocket without a socket fails', async () => {
    await expect(closeSocket()).rejects.toEqual({ errMsg: 'closeSocket:fail WebSocket is not connected' })
  })
})
