import { afterEach, describe, expect, inject, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { createTempFile } from '../../../runtime/internal/temp-files'
import { downloadFile, request, uploadFile } from '../../../runtime/network/index'
import type { NetworkRequest } from '../../../runtime/network/settings'
import { origin, release, run, stats, uniqueKey, untilHeld } from './helpers'

const [other] = inject('httpAltOrigins')
const host = (o: string) => new URL(o).host

afterEach(() => {
  configure({
    domains: { request: undefined, uploadFile: undefined, downloadFile: undefined },
    network: { credentials: undefined, interceptors: undefined },
    app: undefined,
  })
})

describe('domain lists', () => {
  it('allows a listed origin and fails any other without sending it', async () => {
    configure({ domains: { request: [origin] } })
    expect((await run(request, { url: `${origin}/json` }).settled).res.errMsg).toBe('request:ok')
    const key = uniqueKey()
    const blocked = await run(request, { url: `${other}/hold?key=${key}` }).settled
    expect(blocked.calls).toEqual(['fail', 'complete'])
    expect(blocked.res).toEqual({ errMsg: 'request:fail url not in domain list', errno: 600002 })
    expect((await stats(key)).hits).toBe(0)
  })

  it('keeps one list per kind; a kind without a list is unrestricted', async () => {
    configure({ domains: { uploadFile: [origin], downloadFile: [origin] } })
    expect((await run(request, { url: `${other}/json` }).settled).res.errMsg).toBe('request:ok')
    const filePath = createTempFile(new Blob(['x']))
    expect((await run(uploadFile, { url: `${other}/upload`, filePath, name: 'f' }).settled).res)
      .toEqual({ errMsg: 'uploadFile:fail url not in domain list', errno: 600002 })
    expect((await run(downloadFile, { url: `${other}/bytes?n=1` }).settled).res)
      .toEqual({ errMsg: 'downloadFile:fail url not in domain list', errno: 600002 })
    expect((await run(downloadFile, { url: `${origin}/bytes?n=1` }).settled).res.errMsg).toBe('downloadFile:ok')
  })

  it('matches a bare host (with port) on any scheme, and an origin exactly (scheme and port)', async () => {
    configure({ domains: { request: [host(origin)] } })
    expect((await run(request, { url: `${origin}/json` }).settled).res.errMsg).toBe('request:ok')
    expect((await run(request, { url: `${other}/json` }).settled).res.errMsg).toBe('request:fail url not in domain list')
    configure({ domains: { request: [origin.replace('http:', 'https:'), 'http://127.0.0.1'] } })
    expect((await run(request, { url: `${origin}/json` }).settled).res.errMsg).toBe('request:fail url not in domain list')
  })

  it('an empty list allows nothing', async () => {
    configure({ domains: { request: [] } })
    expect((await run(request, { url: `${origin}/json` }).settled).res.errMsg).toBe('request:fail url not in domain list')
  })
})

describe('credentials', () => {
  it('omits credentials by default, so a wildcard CORS server works', async () => {
    const { res } = await run(request, { url: `${origin}/wildcard-cors` }).settled
    expect(res).toMatchObject({ errMsg: 'request:ok', data: 'wildcard' })
  })

  it('sends credentials with network.credentials include (a wildcard CORS answer is then refused)', async () => {
    configure({ network: { credentials: 'include' } })
    expect((await run(request, { url: `${origin}/wildcard-cors` }).settled).res).toEqual({ errMsg: 'request:fail net::ERR_FAILED', errno: 600000 })
    expect((await run(request, { url: `${origin}/json` }).settled).res.errMsg).toBe('request:ok')
  })

  it('fails calls with a message naming the option when it is invalid', async () => {
    configure({ network: { credentials: 'always' as RequestCredentials } })
    expect((await run(request, { url: `${origin}/json` }).settled).res.errMsg)
      .toBe('request:fail [wx-h5] configure: `network.credentials` must be \'omit\', \'same-origin\' or \'include\'; got "always".')
  })
})

describe('interceptors', () => {
  it('rewrite URLs and add headers for every kind, in order, async allowed', async () => {
    const seen: string[] = []
    configure({
      network: {
        interceptors: [
          (req: NetworkRequest) => {
            seen.push(`${req.kind} ${req.method} ${req.url}`)
            return { ...req, url: req.url.replace(/^\/api/, origin) }
          },
          async (req: NetworkRequest) => {
            await Promise.resolve()
            return { ...req, header: { ...req.header, 'x-token': 'secret' } }
          },
          () => undefined,
        ],
      },
    })
    const { res } = await run(request, { url: '/api/echo', method: 'POST', data: { a: 1 }, header: { 'x-keep': '1' } }).settled
    expect(res.data.headers).toMatchObject({ 'x-token': 'secret', 'x-keep': '1' })
    expect(res.data.body).toBe('{"a":1}')
    const filePath = createTempFile(new Blob(['x']))
    const upload = await run(uploadFile, { url: '/api/upload', filePath, name: 'f' }).settled
    expect(JSON.parse(upload.res.data).header).toBe('secret')
    expect((await run(downloadFile, { url: '/api/bytes?n=3' }).settled).res.errMsg).toBe('downloadFile:ok')
    expect(seen).toEqual(['request POST /api/echo', 'uploadFile POST /api/upload', 'downloadFile GET /api/bytes?n=3'])
  })

  it('see the domain check after their rewrite', async () => {
    configure({ domains: { request: [origin] }, network: { interceptors: [req => ({ ...req, url: req.url.replace(origin, other) })] } })
    expect((await run(request, { url: `${origin}/json` }).settled).res.errMsg).toBe('request:fail url not in domain list')
  })

  it('fail the call with their error', async () => {
    configure({ network: { interceptors: [() => { throw new Error('no token') }] } })
    const { calls, res } = await run(request, { url: `${origin}/json` }).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'request:fail no token' })
  })

  it('an abort while an interceptor runs settles with abort and sends nothing', async () => {
    let resume!: () => void
    configure({ network: { interceptors: [req => new Promise(r => (resume = () => r(req)))] } })
    const key = uniqueKey()
    const { task, settled } = run(request, { url: `${origin}/hold?key=${key}` })
    await vi.waitFor(() => expect(resume).toBeTypeOf('function'))
    task.abort()
    resume()
    expect((await settled).res).toEqual({ errMsg: 'request:fail abort' })
    expect((await stats(key)).hits).toBe(0)
  })
})

describe('timeouts', () => {
  it('use app.json networkTimeout per kind; a per-call timeout wins', async () => {
    configure({ app: { pages: ['index'], networkTimeout: { request: 50, downloadFile: 60 } } })
    const key = uniqueKey()
    const patient = run(request, { url: `${origin}/hold?key=${key}`, timeout: 60_000 })
    expect((await run(request, { url: `${origin}/hold?key=${key}` }).settled).res).toEqual({ errMsg: 'request:fail timeout' })
    expect((await run(downloadFile, { url: `${origin}/hold?key=${key}` }).settled).res).toEqual({ errMsg: 'downloadFile:fail timeout' })
    await untilHeld(key, 1)
    await release(key)
    expect((await patient.settled).res.data).toBe('released')
  })

  it('clamp a huge timeout instead of firing at once', async () => {
    const { res } = await run(request, { url: `${origin}/json`, timeout: 1e12 }).settled
    expect(res.errMsg).toBe('request:ok')
  })

  it('default to 60 s', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      const key = uniqueKey()
      const calls: string[] = []
      request({ url: `${origin}/hold?key=${key}`, fail: res => calls.push(res.errMsg), complete: () => calls.push('complete') })
      await untilHeld(key, 1)
      await vi.advanceTimersByTimeAsync(59_999)
      expect(calls).toEqual([])
      await vi.advanceTimersByTimeAsync(1)
      await vi.waitFor(() => expect(calls).toEqual(['request:fail timeout', 'complete']))
    }
    finally {
      vi.useRealTimers()
    }
  })
})
