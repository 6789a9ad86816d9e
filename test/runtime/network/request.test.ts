import { describe, expect, inject, it } from 'vitest'
import { request } from '../../../runtime/network/index'
import { origin, release, run, uniqueKey, untilHeld } from './helpers'

function echo(options: Record<string, unknown>) {
  return run(request, { url: `${origin}/echo`, ...options }).settled
}

describe('request: encoding', () => {
  it('turns GET object data into an encodeURIComponent query string, objects as JSON', async () => {
    const { calls, res } = await echo({ data: { a: 1, 'b c': 'x&y=z', d: { e: [1] }, u: undefined, n: null, t: true } })
    expect(calls).toEqual(['success', 'complete'])
    expect(res.data.method).toBe('GET')
    expect(res.data.search).toBe(`?a=1&b%20c=x%26y%3Dz&d=${encodeURIComponent('{"e":[1]}')}&n=null&t=true`)
    expect(res.data.body).toBe('')
    // No body, so no default content-type (which would force a CORS preflight).
    expect(res.data.headers['content-type']).toBeUndefined()
  })

  it('appends GET data to an existing query and keeps the fragment out', async () => {
    const { res } = await run(request, { url: `${origin}/echo?x=1#frag`, data: { y: 2 } }).settled
    expect(res.data.search).toBe('?x=1&y=2')
  })

  it('sends POST object data as JSON with the default content-type', async () => {
    const { res } = await echo({ method: 'POST', data: { a: 1, b: ['x'] } })
    expect(res.data.method).toBe('POST')
    expect(res.data.headers['content-type']).toBe('application/json')
    expect(res.data.body).toBe('{"a":1,"b":["x"]}')
  })

  it('sends object data form-encoded when the content-type says so, whatever the header name case', async () => {
    const { res } = await echo({ method: 'PUT', header: { 'Content-Type': 'application/x-www-form-urlencoded' }, data: { a: 'x y', b: 2 } })
    expect(res.data.headers['content-type']).toBe('application/x-www-form-urlencoded')
    expect(res.data.body).toBe('a=x%20y&b=2')
  })

  it('sends a string body as is', async () => {
    const { res } = await echo({ method: 'POST', header: { 'content-type': 'text/plain' }, data: 'raw {not json}' })
    expect(res.data.body).toBe('raw {not json}')
  })

  it('sends an ArrayBuffer body byte for byte', async () => {
    const bytes = new Uint8Array([0, 1, 2, 254, 255])
    const { res } = await echo({ method: 'POST', header: { 'content-type': 'application/octet-stream' }, data: bytes.buffer })
    expect(res.data.bodyBytes).toEqual([0, 1, 2, 254, 255])
  })

  it('sends custom headers, stringifying values; a later name of another case wins', async () => {
    const { res } = await echo({ header: { 'X-Token': 'abc', 'x-num': 42, 'X-Dup': 'first', 'x-dup': 'second' } })
    expect(res.data.headers['x-token']).toBe('abc')
    expect(res.data.headers['x-num']).toBe('42')
    expect(res.data.headers['x-dup']).toBe('second')
  })

  it.each(['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE'])('sends method %s', async (method) => {
    const { calls, res } = await echo({ method })
    expect(calls).toEqual(['success', 'complete'])
    if (method === 'HEAD') expect(res.data).toBe('')
    else if (method === 'OPTIONS') expect(res.data).toBe('options')
    else expect(res.data.method).toBe(method)
  })

  it('accepts a lower-case method', async () => {
    const { res } = await echo({ method: 'post', data: { a: 1 } })
    expect(res.data.method).toBe('POST')
  })

  it.each(['TRACE', 'CONNECT'])('fails %s the wx way: browsers forbid it', async (method) => {
    const { calls, res } = await echo({ method })
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: `request:fail method ${method} is forbidden by the browser` })
  })

  it('rejects an unknown method', async () => {
    const { res } = await echo({ method: 'PATCH' })
    expect(res.errMsg).toBe('request:fail parameter error: parameter.method should be one of OPTIONS, GET, HEAD, POST, PUT, DELETE, TRACE, CONNECT instead of PATCH;')
  })
})

describe('request: responses', () => {
  it.each([200, 201, 204, 304, 400, 404, 500, 503])('succeeds for HTTP %i with statusCode, data and header', async (code) => {
    const { calls, res } = await run(request, { url: `${origin}/status?code=${code}` }).settled
    expect(calls).toEqual(['success', 'complete'])
    expect(res.errMsg).toBe('request:ok')
    expect(res.statusCode).toBe(code)
    expect(res.data).toBe(code === 204 || code === 304 ? '' : `status ${code}`)
    expect(res.cookies).toEqual([])
  })

  it('gives the final status after a 1xx (103 Early Hints) interim response', async () => {
    const { res } = await run(request, { url: `${origin}/early-hints` }).settled
    expect(res.statusCode).toBe(200)
    expect(res.data).toBe('after hints')
  })

  it('follows a 3xx redirect', async () => {
    const { res } = await run(request, { url: `${origin}/redirect?to=/echo` }).settled
    expect(res.statusCode).toBe(200)
    expect(res.data.path).toBe('/echo')
  })

  it('fails redirect: manual on a 3xx rather than invent a status', async () => {
    const { calls, res } = await run(request, { url: `${origin}/redirect?to=/echo`, redirect: 'manual' }).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res.errMsg).toBe('request:fail redirect not followed (redirect: \'manual\'); the browser does not expose the 3xx response')
  })

  it('gives exposed headers (lower-case names); Set-Cookie stays hidden and cookies is []', async () => {
    const { res } = await echo({})
    expect(res.header['x-custom']).toBe('yes')
    expect(res.header['content-type']).toBe('application/json')
    expect(res.header['set-cookie']).toBeUndefined()
    expect(res.cookies).toEqual([])
  })

  it('parses JSON by default', async () => {
    const { res } = await run(request, { url: `${origin}/json` }).settled
    expect(res.data).toEqual({ a: 1, b: [1, 2] })
  })

  it('falls back to the text when the body is not JSON', async () => {
    const { calls, res } = await run(request, { url: `${origin}/text` }).settled
    expect(calls).toEqual(['success', 'complete'])
    expect(res.data).toBe('not json')
  })

  it('strips one leading BOM before parsing', async () => {
    const { res } = await run(request, { url: `${origin}/bom-json` }).settled
    expect(res.data).toEqual({ a: 1 })
  })

  it('keeps the raw text for another dataType', async () => {
    const { res } = await run(request, { url: `${origin}/json`, dataType: 'text' }).settled
    expect(res.data).toBe('{"a":1,"b":[1,2]}')
  })

  it('gives an ArrayBuffer for responseType arraybuffer (large body)', async () => {
    const n = 3_000_000
    const { res } = await run(request, { url: `${origin}/bytes?n=${n}`, responseType: 'arraybuffer' }).settled
    expect(res.data).toBeInstanceOf(ArrayBuffer)
    const bytes = new Uint8Array(res.data)
    expect(bytes.length).toBe(n)
    expect([bytes[0], bytes[250], bytes[251], bytes[n - 1]]).toEqual([0, 250, 0, (n - 1) % 251])
  })

  it('fires onHeadersReceived once, before success, with header and statusCode', async () => {
    const order: string[] = []
    const { task, settled } = run(request, { url: `${origin}/status?code=404`, success: () => order.push('success') })
    const seen: any[] = []
    task.onHeadersReceived((res) => { seen.push(res); order.push('headers') })
    const removed = () => order.push('removed listener')
    task.onHeadersReceived(removed)
    task.offHeadersReceived(removed)
    await settled
    expect(order).toEqual(['headers'])
    expect(seen).toHaveLength(1)
    expect(seen[0].statusCode).toBe(404)
    expect(seen[0].header['content-type']).toBe('text/plain; charset=utf-8')
  })

  it('delivers chunks through onChunkReceived with enableChunked', async () => {
    const { task, settled } = run(request, { url: `${origin}/chunks?n=4`, enableChunked: true })
    const chunks: ArrayBuffer[] = []
    task.onChunkReceived(({ data }) => chunks.push(data))
    const { res } = await settled
    expect(chunks.length).toBeGreaterThanOrEqual(1)
    expect(chunks.every(c => c instanceof ArrayBuffer)).toBe(true)
    const text = new TextDecoder().decode(new Uint8Array(chunks.flatMap(c => [...new Uint8Array(c)])))
    expect(text).toBe('chunk-0;chunk-1;chunk-2;chunk-3;')
    expect(res.data).toBe('chunk-0;chunk-1;chunk-2;chunk-3;')
  })

  it('gives the chunks and an ArrayBuffer with responseType arraybuffer; no chunks without enableChunked', async () => {
    const chunked = run(request, { url: `${origin}/chunks?n=2`, enableChunked: true, responseType: 'arraybuffer' })
    const sizes: number[] = []
    chunked.task.onChunkReceived(({ data }) => sizes.push(data.byteLength))
    const { res } = await chunked.settled
    expect(res.data).toBeInstanceOf(ArrayBuffer)
    expect(new TextDecoder().decode(res.data)).toBe('chunk-0;chunk-1;')
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(16)
    const plain = run(request, { url: `${origin}/chunks?n=2` })
    let chunks = 0
    plain.task.onChunkReceived(() => chunks++)
    expect((await plain.settled).res.data).toBe('chunk-0;chunk-1;')
    expect(chunks).toBe(0)
  })

  it('returns the task, never a Promise, even without callbacks', () => {
    const task = request({ url: `${origin}/json` })
    expect(task).not.toBeInstanceOf(Promise)
    expect(Object.keys(task).sort()).toEqual(['abort', 'offChunkReceived', 'offHeadersReceived', 'onChunkReceived', 'onHeadersReceived'])
  })
})

describe('request: failures', () => {
  it('words parameter errors the wx way', async () => {
    const { calls, res } = await run(request, {} as never).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'request:fail parameter error: parameter.url should be String instead of Undefined;' })
    const second = await run(request, { url: `${origin}/echo`, data: 5 } as never).settled
    expect(second.res.errMsg).toBe('request:fail parameter error: parameter.data should be String|Object|Array|ArrayBuffer|Null instead of Number;')
  })

  it('never throws for options that are not an object, and still returns a task', () => {
    const task = request('https://example.com' as never)
    expect(typeof task.abort).toBe('function')
  })

  it('fails a non-http URL', async () => {
    const { res } = await run(request, { url: 'ftp://example.com/x' }).settled
    expect(res.errMsg).toBe('request:fail invalid url "ftp://example.com/x"')
  })

  it('fails with timeout when the server does not answer in time', async () => {
    const key = uniqueKey()
    const { calls, res } = await run(request, { url: `${origin}/hold?key=${key}`, timeout: 50 }).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'request:fail timeout' })
    await release(key)
  })

  it('fails with abort when aborted while waiting for the response', async () => {
    const key = uniqueKey()
    const { task, settled } = run(request, { url: `${origin}/hold?key=${key}` })
    await untilHeld(key, 1)
    task.abort()
    task.abort()
    const { calls, res } = await settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'request:fail abort' })
  })

  it('fails with abort when aborted in the middle of the body', async () => {
    const { task, settled } = run(request, { url: `${origin}/partial`, responseType: 'arraybuffer' })
    task.onHeadersReceived(() => task.abort())
    const { calls, res } = await settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'request:fail abort' })
  })

  it('abort after success changes nothing', async () => {
    const { task, settled } = run(request, { url: `${origin}/json` })
    const { calls } = await settled
    task.abort()
    await new Promise(r => setTimeout(r, 20))
    expect(calls).toEqual(['success', 'complete'])
  })

  it('fails with the network error when the server drops the connection mid-body', async () => {
    const { calls, res } = await run(request, { url: `${origin}/drop` }).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'request:fail net::ERR_FAILED', errno: 600000 })
  })

  it('fails with the network error when nothing listens', async () => {
    const { res } = await run(request, { url: `${inject('closedOrigin')}/echo` }).settled
    expect(res).toEqual({ errMsg: 'request:fail net::ERR_FAILED', errno: 600000 })
  })

  it('fails with the network error when the server sends no CORS headers', async () => {
    const { calls, res } = await run(request, { url: `${origin}/no-cors` }).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'request:fail net::ERR_FAILED', errno: 600000 })
  })
})
