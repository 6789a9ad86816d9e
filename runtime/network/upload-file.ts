import type { Callbacks } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { readTempFile } from '../internal/temp-files'
import { networkError } from './failures'
import { fromRawHeaders, plainHeader, toRequestHeaders } from './headers'
import type { NetworkRequest } from './settings'
import { type HeadersReceivedResult, startTask, type TaskControl, taskListener } from './task'

export interface UploadFileOptions {
  url: string
  filePath: string
  name: string
  header?: Record<string, unknown>
  formData?: Record<string, unknown>
  timeout?: number
}

export interface UploadFileSuccess {
  /** The response body, always as a string. */
  data: string
  statusCode: number
}

export interface UploadProgress { progress: number, totalBytesSent: number, totalBytesExpectedToSend: number }

export interface UploadTask {
  abort: () => void
  onHeadersReceived: (listener: (res: HeadersReceivedResult) => void) => void
  offHeadersReceived: (listener?: (res: HeadersReceivedResult) => void) => void
  onProgressUpdate: (listener: (res: UploadProgress) => void) => void
  offProgressUpdate: (listener?: (res: UploadProgress) => void) => void
}

const EXTENSIONS: Record<string, string> = {
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'video/mp4': '.mp4',
  'audio/mpeg': '.mp3',
  'text/plain': '.txt',
  'application/json': '.json',
  'application/pdf': '.pdf',
}

/** The multipart filename: a File keeps its name; otherwise the path's last segment (+ extension by type). */
export function uploadFileName(blob: Blob, path: string): string {
  if (typeof File !== 'undefined' && blob instanceof File && blob.name) return blob.name
  const tail = path.split(/[/\\]/).pop() || 'file'
  return tail.includes('.') ? tail : `${tail}${EXTENSIONS[blob.type] ?? ''}`
}

function prepare(options: UploadFileOptions): NetworkRequest {
  checkParams(options as unknown as Record<string, unknown>, {
    url: 'String',
    filePath: 'String',
    name: 'String',
    header: 'Object?',
    formData: 'Object?',
    timeout: 'Number?',
  })
  if (!readTempFile(options.filePath)) throw fail('file not found')
  return { kind: 'uploadFile', url: options.url, method: 'POST', header: plainHeader(options.header) }
}

function buildForm(options: UploadFileOptions, file: Blob): FormData {
  const form = new FormData()
  for (const [key, value] of Object.entries(options.formData ?? {})) {
    if (value === undefined) continue
    form.append(key, typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value))
  }
  form.append(options.name, file, uploadFileName(file, options.filePath))
  return form
}

/** XHR, because fetch has no upload progress. */
function transfer(request: NetworkRequest, options: UploadFileOptions, control: TaskControl): Promise<UploadFileSuccess> {
  // The file may have been released between the call and the free slot.
  const file = readTempFile(options.filePath)
  if (!file) return Promise.reject(fail('file not found'))
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open(request.method, request.url)
    // XHR cannot omit cookies on same-origin requests; it sends them to other origins only with 'include'.
    xhr.withCredentials = control.credentials === 'include'
    toRequestHeaders(request.header).forEach((value, name) => {
      // The browser writes the multipart content-type with its boundary.
      if (name !== 'content-type') xhr.setRequestHeader(name, value)
    })
    xhr.upload.onprogress = (event) => {
      const total = event.lengthComputable ? event.total : 0
      control.progress({ progress: total ? Math.min(100, Math.floor(event.loaded * 100 / total)) : 0, totalBytesSent: event.loaded, totalBytesExpectedToSend: total })
    }
    xhr.onreadystatechange = () => {
      if (xhr.readyState === XMLHttpRequest.HEADERS_RECEIVED)
        control.headers({ header: fromRawHeaders(xhr.getAllResponseHeaders()), statusCode: xhr.status })
    }
    xhr.onload = () => resolve({ data: xhr.responseText, statusCode: xhr.status })
    xhr.onerror = () => reject(networkError())
    // The task maps an abort or a timeout to its own reason.
    xhr.onabort = () => reject(networkError())
    control.signal.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(buildForm(options, file))
  })
}

/**
 * wx.uploadFile: a multipart POST of a temp file (chosen, downloaded or drawn: all registry
 * Blobs) with `name` and `formData`, on XHR for upload progress. Returns an UploadTask.
 */
export function uploadFile(options: UploadFileOptions & Callbacks<UploadFileSuccess>): UploadTask {
  const { abort, events } = startTask<UploadFileOptions, UploadFileSuccess>({ api: 'uploadFile', prepare, transfer }, options)
  const [onHeadersReceived, offHeadersReceived] = taskListener(events.headers, 'onHeadersReceived', 'offHeadersReceived')
  const [onProgressUpdate, offProgressUpdate] = taskListener(events.progress as never, 'onProgressUpdate', 'offProgressUpdate')
  return { abort, onHeadersReceived, offHeadersReceived, onProgressUpdate, offProgressUpdate } as UploadTask
}
