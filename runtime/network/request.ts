import type { Callbacks } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { bodyFromData, withQuery } from './encode'
import { asNetworkError } from './failures'
import { type HeaderRecord, plainHeader, toRequestHeaders } from './headers'
import { readBody } from './read-body'
import type { NetworkRequest } from './settings'
import { type NetworkTask, startTask, type Transfer } from './task'

const METHODS = 'OPTIONS, GET, HEAD, POST, PUT, DELETE, TRACE, CONNECT'

export interface RequestOptions {
  url: string
  data?: string | Record<string, unknown> | unknown[] | ArrayBuffer
  header?: Record<string, unknown>
  method?: 'OPTIONS' | 'GET' | 'HEAD' | 'POST' | 'PUT' | 'DELETE' | 'TRACE' | 'CONNECT'
  timeout?: number
  dataType?: 'json' | string
  responseType?: 'text' | 'arraybuffer'
  enableChunked?: boolean
  enableCache?: boolean
  redirect?: 'follow' | 'manual'
}

export interface RequestSuccess {
  data: unknown
  statusCode: number
  /** Names lower-case, as the browser gives them; only CORS-exposed headers cross origins. */
  header: HeaderRecord
  /** Always empty: browsers never let scripts read Set-Cookie. */
  cookies: string[]
}

export interface RequestTask extends NetworkTask {
  onChunkReceived: (listener: (res: { data: ArrayBuffer }) => void) => void
  offChunkReceived: (listener?: (res: { data: ArrayBuffer }) => void) => void
}

function prepare(options: RequestOptions): NetworkRequest {
  checkParams(options as unknown as Record<string, unknown>, {
    url: 'String',
    data: 'String|Object|Array|ArrayBuffer|Null?',
    header: 'Object?',
    method: 'String?',
    timeout: 'Number?',
    dataType: 'String?',
    responseType: 'String?',
  })
  const method = (options.method ?? 'GET').toUpperCase()
  if (!METHODS.split(', ').includes(method))
    throw fail(`parameter error: parameter.method should be one of ${METHODS} instead of ${options.method};`)
  // Browsers refuse these in fetch and XHR; say so rather than send something else.
  if (method === 'TRACE' || method === 'CONNECT') throw fail(`method ${method} is forbidden by the browser`)
  return { kind: 'request', url: options.url, method, header: plainHeader(options.header), data: options.data }
}

const transfer: Transfer<RequestOptions, RequestSuccess> = async (request, options, init, onHeaders, onChunk) => {
  const { method } = request
  const headers = toRequestHeaders(request.header)
  let url = request.url
  let body: BodyInit | undefined
  if (method === 'GET' || method === 'HEAD') {
    url = withQuery(url, request.data)
  }
  else {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    body = bodyFromData(request.data, headers.get('content-type')!)
  }
  try {
    const response = await fetch(url, {
      ...init,
      method,
      headers,
      body,
      // WeChat caches nothing unless enableCache is set; no-store also stops Chromium from
      // serialising identical GETs behind one cache entry.
      cache: options.enableCache ? 'default' : 'no-store',
      redirect: options.redirect === 'manual' ? 'manual' : 'follow',
    })
    // The browser hides a 3xx it did not follow: report that instead of a made-up status.
    if (response.type === 'opaqueredirect') throw fail('redirect not followed (redirect: \'manual\'); the browser does not expose the 3xx response')
    const header = Object.fromEntries(response.headers)
    const statusCode = response.status
    onHeaders({ header, statusCode, cookies: [] })
    // Chunks are copies: the listener may keep or transfer them.
    const source = options.enableChunked ? await readBody(response, chunk => onChunk({ data: chunk.slice().buffer })) : response
    let data: unknown = options.responseType === 'arraybuffer' ? await source.arrayBuffer() : await source.text()
    if (typeof data === 'string' && (options.dataType ?? 'json') === 'json') {
      // One JSON.parse attempt after stripping one BOM; the text itself when it is not JSON.
      data = data.replace(/^\uFEFF/, '')
      try {
        data = JSON.parse(data as string)
      }
      catch {}
    }
    return { data, statusCode, header, cookies: [] }
  }
  catch (error) {
    throw asNetworkError(error)
  }
}

/**
 * wx.request on fetch. Returns a RequestTask (never a Promise); any HTTP status is a success.
 * See docs/network.md for what the browser changes (CORS, headers, cookies).
 */
export function request(options: RequestOptions & Callbacks<RequestSuccess>): RequestTask {
  return startTask('request', options, 'ChunkReceived', prepare, transfer) as RequestTask
}
