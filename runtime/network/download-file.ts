import type { Callbacks } from '../internal/define'
import { fail, WxFail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { createTempFile, writeTempFile } from '../internal/temp-files'
import { networkError } from './failures'
import { fromHeaders, plainHeader, toRequestHeaders } from './headers'
import { readChunks } from './read-body'
import type { NetworkRequest } from './settings'
import { type HeadersReceivedResult, startTask, type TaskControl, taskListener } from './task'

/** WeChat's per-file download limit. */
export const MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024
/** `wx.env.USER_DATA_PATH`: where a `filePath` may point. */
export const USER_DATA_PATH = 'wxfile://usr'

export interface DownloadFileOptions {
  url: string
  header?: Record<string, unknown>
  timeout?: number
  filePath?: string
}

export interface DownloadFileSuccess {
  /** A `blob:` URL (usable as an image or media src) when no `filePath` was given. */
  tempFilePath?: string
  /** The `filePath` option, when given. */
  filePath?: string
  statusCode: number
}

export interface DownloadProgress { progress: number, totalBytesWritten: number, totalBytesExpectedToWrite: number }

export interface DownloadTask {
  abort: () => void
  onHeadersReceived: (listener: (res: HeadersReceivedResult) => void) => void
  offHeadersReceived: (listener?: (res: HeadersReceivedResult) => void) => void
  onProgressUpdate: (listener: (res: DownloadProgress) => void) => void
  offProgressUpdate: (listener?: (res: DownloadProgress) => void) => void
}

const SIZE_EXCEEDED = 'exceed max file size'

function prepare(options: DownloadFileOptions): NetworkRequest {
  checkParams(options as unknown as Record<string, unknown>, { url: 'String', header: 'Object?', timeout: 'Number?', filePath: 'String?' })
  if (options.filePath !== undefined && !options.filePath.startsWith(`${USER_DATA_PATH}/`))
    throw fail(`permission denied, open ${options.filePath}`)
  return { kind: 'downloadFile', url: options.url, method: 'GET', header: plainHeader(options.header) }
}

function percent(done: number, total: number): number {
  return total > 0 ? Math.min(100, Math.floor(done * 100 / total)) : 0
}

async function transfer(request: NetworkRequest, options: DownloadFileOptions, control: TaskControl): Promise<DownloadFileSuccess> {
  let response: Response
  try {
    // Every download goes to the network, as in WeChat (and identical URLs run in parallel).
    response = await fetch(request.url, { headers: toRequestHeaders(request.header), signal: control.signal, credentials: control.credentials, cache: 'no-store' })
  }
  catch {
    throw networkError()
  }
  const statusCode = response.status
  control.headers({ header: fromHeaders(response.headers), statusCode })
  // Content-Length counts encoded bytes; with gzip the decoded total may differ (progress is capped at 100).
  const expected = Number(response.headers.get('content-length')) || 0
  if (expected > MAX_DOWNLOAD_BYTES) {
    void response.body?.cancel()
    throw fail(SIZE_EXCEEDED)
  }
  let written = 0
  let chunks: Uint8Array[] = []
  if (response.body) {
    try {
      chunks = await readChunks(response.body, (chunk) => {
        written += chunk.byteLength
        if (written > MAX_DOWNLOAD_BYTES) throw fail(SIZE_EXCEEDED)
        control.progress({ progress: percent(written, expected), totalBytesWritten: written, totalBytesExpectedToWrite: expected })
      })
    }
    catch (error) {
      throw error instanceof WxFail ? error : networkError()
    }
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase()
  const blob = new Blob(chunks as BlobPart[], { type })
  if (options.filePath !== undefined) {
    writeTempFile(options.filePath, blob)
    return { filePath: options.filePath, statusCode }
  }
  return { tempFilePath: createTempFile(blob), statusCode }
}

/**
 * wx.downloadFile on fetch streams: the body becomes a registry Blob behind a `blob:` URL
 * (or under `filePath`). Any HTTP status is a success, as in WeChat. Returns a DownloadTask.
 */
export function downloadFile(options: DownloadFileOptions & Callbacks<DownloadFileSuccess>): DownloadTask {
  const { abort, events } = startTask<DownloadFileOptions, DownloadFileSuccess>({ api: 'downloadFile', prepare, transfer }, options)
  const [onHeadersReceived, offHeadersReceived] = taskListener(events.headers, 'onHeadersReceived', 'offHeadersReceived')
  const [onProgressUpdate, offProgressUpdate] = taskListener(events.progress as never, 'onProgressUpdate', 'offProgressUpdate')
  return { abort, onHeadersReceived, offHeadersReceived, onProgressUpdate, offProgressUpdate } as DownloadTask
}
