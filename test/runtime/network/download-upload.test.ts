import { describe, expect, it } from 'vitest'
import { createTempFile, readTempFile } from '../../../runtime/internal/temp-files'
import { downloadFile, uploadFile } from '../../../runtime/network/index'
import { origin, release, run, uniqueKey, untilHeld } from './helpers'

function patternBytes(n: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(n)
  for (let i = 0; i < n; i++) bytes[i] = i % 251
  return bytes
}

function checksum(bytes: Uint8Array): number {
  let sum = 0
  for (const byte of bytes) sum = (sum + byte) % 1_000_000_007
  return sum
}

describe('downloadFile', () => {
  it('gives a blob: tempFilePath whose Blob the registry holds, with progress up to 100', async () => {
    const n = 1_500_000
    const { task, settled } = run(downloadFile, { url: `${origin}/bytes?n=${n}&type=image/png` })
    const progress: any[] = []
    const headers: any[] = []
    task.onProgressUpdate(p => progress.push(p))
    task.onHeadersReceived(h => headers.push(h))
    const { calls, res } = await settled
    expect(calls).toEqual(['success', 'complete'])
    expect(Object.keys(res).sort()).toEqual(['errMsg', 'statusCode', 'tempFilePath'])
    expect(res.errMsg).toBe('downloadFile:ok')
    expect(res.statusCode).toBe(200)
    expect(res.tempFilePath).toMatch(/^blob:/)
    const blob = readTempFile(res.tempFilePath)!
    expect(blob.type).toBe('image/png')
    const got = new Uint8Array(await blob.arrayBuffer())
    expect(got.length).toBe(n)
    expect(checksum(got)).toBe(checksum(patternBytes(n)))
    expect([got[0], got[250], got[251], got[n - 1]]).toEqual([0, 250, 0, (n - 1) % 251])
    // The blob: URL itself works as a src.
    expect((await (await fetch(res.tempFilePath)).arrayBuffer()).byteLength).toBe(n)
    expect(headers).toHaveLength(1)
    expect(headers[0].statusCode).toBe(200)
    expect(progress.length).toBeGreaterThanOrEqual(1)
    const last = progress.at(-1)
    expect(last).toEqual({ progress: 100, totalBytesWritten: n, totalBytesExpectedToWrite: n })
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].totalBytesWritten).toBeGreaterThan(progress[i - 1].totalBytesWritten)
      expect(progress[i].progress).toBeGreaterThanOrEqual(progress[i - 1].progress)
    }
  })

  it('stores the file under filePath and returns it', async () => {
    const filePath = 'wxfile://usr/downloads/file.bin'
    const { res } = await run(downloadFile, { url: `${origin}/bytes?n=10`, filePath }).settled
    expect(res).toEqual({ filePath, statusCode: 200, errMsg: 'downloadFile:ok' })
    expect(new Uint8Array(await readTempFile(filePath)!.arrayBuffer())).toEqual(patternBytes(10))
  })

  it('fails a filePath outside USER_DATA_PATH', async () => {
    const { calls, res } = await run(downloadFile, { url: `${origin}/bytes?n=10`, filePath: '/etc/passwd' }).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'downloadFile:fail permission denied, open /etc/passwd' })
  })

  it('succeeds for an HTTP error status, with the body as the file', async () => {
    const { res } = await run(downloadFile, { url: `${origin}/status?code=404` }).settled
    expect(res.statusCode).toBe(404)
    expect(await readTempFile(res.tempFilePath)!.text()).toBe('status 404')
  })

  it('fails over the 200 MB limit', async () => {
    const { calls, res } = await run(downloadFile, { url: `${origin}/huge` }).settled
    expect(calls).toEqual(['fail', 'complete'])
    expect(res).toEqual({ errMsg: 'downloadFile:fail exceed max file size' })
  })

  it('fails with abort, and with timeout', async () => {
    const key = uniqueKey()
    const aborted = run(downloadFile, { url: `${origin}/hold?key=${key}` })
    await untilHeld(key, 1)
    aborted.task.abort()
    expect((await aborted.settled).res).toEqual({ errMsg: 'downloadFile:fail abort' })
    const timedOut = await run(downloadFile, { url: `${origin}/hold?key=${key}`, timeout: 50 }).settled
    expect(timedOut.calls).toEqual(['fail', 'complete'])
    expect(timedOut.res).toEqual({ errMsg: 'downloadFile:fail timeout' })
    await release(key)
  })

  it('fails with abort in the middle of the body', async () => {
    const { task, settled } = run(downloadFile, { url: `${origin}/partial` })
    task.onProgressUpdate(() => task.abort())
    expect((await settled).res).toEqual({ errMsg: 'downloadFile:fail abort' })
  })

  it('fails with the network error without CORS', async () => {
    const { res } = await run(downloadFile, { url: `${origin}/no-cors` }).settled
    expect(res).toEqual({ errMsg: 'downloadFile:fail net::ERR_FAILED', errno: 600000 })
  })
})

describe('uploadFile', () => {
  it('uploads 5 MB as multipart with name and formData, reporting progress; data is a string', async () => {
    const bytes = patternBytes(5 * 1024 * 1024)
    const filePath = createTempFile(new Blob([bytes], { type: 'image/png' }))
    const { task, settled } = run(uploadFile, {
      url: `${origin}/upload`,
      filePath,
      name: 'photo',
      formData: { user: 'u1', meta: { a: 1 }, n: 3 },
      header: { 'x-token': 't0k', 'content-type': 'text/plain' },
    })
    const progress: any[] = []
    const headers: any[] = []
    task.onProgressUpdate(p => progress.push(p))
    task.onHeadersReceived(h => headers.push(h))
    const { calls, res } = await settled
    expect(calls).toEqual(['success', 'complete'])
    expect(Object.keys(res).sort()).toEqual(['data', 'errMsg', 'statusCode'])
    expect(res.errMsg).toBe('uploadFile:ok')
    expect(res.statusCode).toBe(200)
    expect(typeof res.data).toBe('string')
    const body = JSON.parse(res.data)
    expect(body.contentType).toMatch(/^multipart\/form-data; boundary=/)
    expect(body.header).toBe('t0k')
    expect(body.fields).toEqual({ user: 'u1', meta: '{"a":1}', n: '3' })
    expect(body.files).toHaveLength(1)
    expect(body.files[0]).toMatchObject({ field: 'photo', type: 'image/png', size: bytes.length, sum: checksum(bytes) })
    expect(body.files[0].filename).toMatch(/\.png$/)
    expect(headers).toHaveLength(1)
    expect(headers[0].statusCode).toBe(200)
    expect(progress.length).toBeGreaterThanOrEqual(1)
    const last = progress.at(-1)
    expect(last.progress).toBe(100)
    expect(last.totalBytesSent).toBe(last.totalBytesExpectedToSend)
    expect(last.totalBytesSent).toBeGreaterThan(bytes.length)
  })

  it('uploads a downloaded file and keeps a File name', async () => {
    const downloaded = await run(downloadFile, { url: `${origin}/bytes?n=100&type=text/plain` }).settled
    const { res } = await run(uploadFile, { url: `${origin}/upload`, filePath: downloaded.res.tempFilePath, name: 'f' }).settled
    expect(JSON.parse(res.data).files[0]).toMatchObject({ field: 'f', size: 100, type: 'text/plain' })
    const named = createTempFile(new File(['hello'], 'note.txt', { type: 'text/plain' }))
    const second = await run(uploadFile, { url: `${origin}/upload`, filePath: named, name: 'doc' }).settled
    expect(JSON.parse(second.res.data).files[0]).toMatchObject({ filename: 'note.txt', head: 'hello' })
  })

  it('gives the body as a string for any status', async () => {
    const filePath = createTempFile(new Blob(['x']))
    const { calls, res } = await run(uploadFile, { url: `${origin}/status?code=500`, filePath, name: 'f' }).settled
    expect(calls).toEqual(['success', 'complete'])
    expect(res).toEqual({ data: 'status 500', statusCode: 500, errMsg: 'uploadFile:ok' })
  })

  it('fails for a path that is not a temp file, and for missing parameters', async () => {
    const missing = await run(uploadFile, { url: `${origin}/upload`, filePath: 'blob:nope', name: 'f' }).settled
    expect(missing.calls).toEqual(['fail', 'complete'])
    expect(missing.res).toEqual({ errMsg: 'uploadFile:fail file not found' })
    const noName = await run(uploadFile, { url: `${origin}/upload`, filePath: 'x' } as never).settled
    expect(noName.res).toEqual({ errMsg: 'uploadFile:fail parameter error: parameter.name should be String instead of Undefined;' })
  })

  it('fails with abort, with timeout and with the network error', async () => {
    const filePath = createTempFile(new Blob(['x']))
    const key = uniqueKey()
    const aborted = run(uploadFile, { url: `${origin}/hold?key=${key}`, filePath, name: 'f' })
    await untilHeld(key, 1)
    aborted.task.abort()
    expect((await aborted.settled).res).toEqual({ errMsg: 'uploadFile:fail abort' })
    const timedOut = await run(uploadFile, { url: `${origin}/hold?key=${key}`, filePath, name: 'f', timeout: 50 }).settled
    expect(timedOut.res).toEqual({ errMsg: 'uploadFile:fail timeout' })
    await release(key)
    const blocked = await run(uploadFile, { url: `${origin}/no-cors`, filePath, name: 'f' }).settled
    expect(blocked.res).toEqual({ errMsg: 'uploadFile:fail net::ERR_FAILED', errno: 600000 })
  })
})
