import type { Callbacks } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { appendQuery, bodyFromData, queryFromData } from './encode'
import { networkError } from './failures'
import { fromHeaders, type HeaderRecord, plainHeader, toRequestHeaders } from './headers'
import { concatChunks, ownBuffer, readChunks } from './read-body'
import type { NetworkRequest } from './settings'
import { type HeadersReceivedResult, startTask, type TaskControl, taskListener } from './task'

export const METHODS = ['OPTIONS', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'TRACE', 'CONNECT'] as const

export interface RequestOptions {
  url: string
  data?: string | Record<string, unknown> | unknown[] | ArrayBuffer
  header?: Record<string, unknown>
  method?: (typeof METHODS)[number]
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

export interface RequestTask {
  abort: () => void
  onHeadersReceived: (listener: (res: HeadersReceivedResult) => void) => void
  offHeadersReceived: (listener?: (res: HeadersReceivedResult) => void) => void
  onChunkReceived: (listener: (res: { data: ArrayBuffer }) => void) => void
  offChunkReceived: (listener?: (res: { data: ArrayBuffer }) => void) => void
}

/** One `JSON.parse` attempt after stripping one BOM; the text itself when it is not JSON. */
export function parseJsonBody(text: string): unknown {
  const body = text.charCodeAt(0) === 0xFEFF ? text.slice(1) : text
  try {
    return JSON.parse(body)
  }
  catch {
    return body
  }
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
  if (!(METHODS as readonly string[]).includes(method))
    throw fail(`parameter error: parameter.method should be one of ${METHODS.join(', ')} instead of ${options.method};`)
  // Browsers refuse these in fetch and XHR; say so rather than send something else.
  if (method === 'TRACE' || method === 'CONNECT') throw fail(`method ${method} is forbidden by the browser`)
  return { kind: 'request', url: options.url, method, header: plainHeader(options.header), data: options.data }
}

async function transfer(request: NetworkRequest, options: RequestOptions, control: TaskControl): Promise<RequestSuccess> {
  const { method } = request
  const headers = toRequestHeaders(request.header)
  let url = request.url
  let body: BodyInit | undefined
  if (method === 'GET' || method === 'HEAD') {
    url = appendQuery(url, queryFromData(request.data))
  }
  else {
    if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    body = bodyFromData(request.data, headers.get('content-type')!)
  }
  let response: Response
  try {
    response = await fetch(url, {
      method,
      headers,
      body,
      signal: control.signal,
      credentials: control.credentials,
      // WeChat caches nothing unless enableCache is set; no-store also stops Chromium from
      // serialising identical GETs behind one cache entry.
      cache: options.enableCache ? 'default' : 'no-store',
      redirect: options.redirect === 'manual' ? 'manual' : 'follow',
    })
  }
  catch {
    throw networkError()
  }
  // The browser hides a 3xx it did not follow: report that instead of a made-up status.
  if (response.type === 'opaqueredirect') throw fail('redirect not followed (redirect: \'manual\'); the browser does not expose the 3xx response')
  const header = fromHeaders(response.headers)
  const statusCode = response.status
  control.headers({ header, statusCode, cookies: [] })

  const binary = options.responseType === 'arraybuffer'
  let raw: string | ArrayBuffer
  try {
    if (options.enableChunked && response.body) {
      const chunks = await readChunks(response.body, chunk => control.chunk({ data: ownBuffer(chunk) }))
      const bytes = concatChunks(chunks)
      raw = binary ? bytes : new TextDecoder().decode(bytes)
    }
    else {
      raw = binary ? await response.arrayBuffer() : await response.text()
    }
  }
  catch {
    throw networkError()
  }
  const data = typeof raw === 'string' && (options.dataType ?? 'json') === 'json' ? parseJsonBody(raw) : raw
  return { data, statusCode, header, cookies: [] }
}

/**
 * wx.request on fetch. Returns a RequestTask (never a Promise); any HTTP status is a success.
 * See docs/network.md for what the browser changes (CORS, headers, cookies).
 */
export function request(options: RequestOptions & Callbacks<RequestSuccess>): RequestTask {
  const { abort, events } = startTask<RequestOptions, RequestSuccess>({ api: 'request', prepare, transfer }, options)
  const [onHeadersReceived, offHeadersReceived] = taskListener(events.headers, 'onHeadersReceived', 'offHeadersReceived')
  const [onChunkReceived, offChunkReceived] = taskListener(events.chunk, 'onChunkReceived', 'offChunkReceived')
  return { abort, onHeadersReceived, offHeadersReceived, onChunkReceived, offChunkReceived }
}
