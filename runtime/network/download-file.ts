import type { Callbacks } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { createTempFile, writeTempFile } from '../internal/temp-files'
import { asNetworkError } from './failures'
import { plainHeader, toRequestHeaders } from './headers'
import { readBody } from './read-body'
import type { NetworkRequest } from './settings'
import { type NetworkTask, percent, startTask, type Transfer } from './task'

/** WeChat's per-file download limit. */
const MAX_DOWNLOAD_BYTES = 200 * 1024 * 1024

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

export interface DownloadTask extends NetworkTask {
  onProgressUpdate: (listener: (res: DownloadProgress) => void) => void
  offProgressUpdate: (listener?: (res: DownloadProgress) => void) => void
}

function checkSize(bytes: number): void {
  if (bytes > MAX_DOWNLOAD_BYTES) throw fail('exceed max file size')
}

function prepare(options: DownloadFileOptions): NetworkRequest {
  checkParams(options as unknown as Record<string, unknown>, { url: 'String', header: 'Object?', timeout: 'Number?', filePath: 'String?' })
  // `wx.env.USER_DATA_PATH` is where a `filePath` may point.
  if (options.filePath !== undefined && !options.filePath.startsWith('wxfile://usr/'))
    throw fail(`permission denied, open ${options.filePath}`)
  return { kind: 'downloadFile', url: options.url, method: 'GET', header: plainHeader(options.header) }
}

const transfer: Transfer<DownloadFileOptions, DownloadFileSuccess> = async (request, { filePath }, init, onHeaders, onProgress) => {
  try {
    // Every download goes to the network, as in WeChat (and identical URLs run in parallel).
    const response = await fetch(request.url, { ...init, headers: toRequestHeaders(request.header), cache: 'no-store' })
    const { headers } = response
    const statusCode = response.status
    onHeaders({ header: Object.fromEntries(headers), statusCode })
    // Content-Length counts encoded bytes; with gzip the decoded total may differ (progress
    // is capped at 100). On a throw, the task's abort cancels the body.
    const expected = Number(headers.get('content-length')) || 0
    checkSize(expected)
    let written = 0
    const blob = await readBody(response, (chunk) => {
      written += chunk.byteLength
      checkSize(written)
      onProgress({ progress: percent(written, expected), totalBytesWritten: written, totalBytesExpectedToWrite: expected })
    }, (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase())
    if (filePath === undefined) return { tempFilePath: createTempFile(blob), statusCode }
    writeTempFile(filePath, blob)
    return { filePath, statusCode }
  }
  catch (error) {
    throw asNetworkError(error)
  }
}

/**
 * wx.downloadFile on fetch streams: the body becomes a registry Blob behind a `blob:` URL
 * (or under `filePath`). Any HTTP status is a success, as in WeChat. Returns a DownloadTask.
 */
export function downloadFile(options: DownloadFileOptions & Callbacks<DownloadFileSuccess>): DownloadTask {
  return startTask('downloadFile', options, 'ProgressUpdate', prepare, transfer) as DownloadTask
}
