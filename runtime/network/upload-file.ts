import type { Callbacks } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { readTempFile } from '../internal/temp-files'
import { stringEntries } from './encode'
import { networkError } from './failures'
import { fromRawHeaders, plainHeader, toRequestHeaders } from './headers'
import type { NetworkRequest } from './settings'
import { type NetworkTask, percent, startTask, type Transfer } from './task'

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

export interface UploadTask extends NetworkTask {
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
function uploadFileName(blob: Blob, path: string): string {
  // Only a File has a name.
  const { name } = blob as Partial<File>
  if (name) return name
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

/** XHR, because fetch has no upload progress. */
const transfer: Transfer<UploadFileOptions, UploadFileSuccess> = (request, options, { signal, credentials }, onHeaders, onProgress) => new Promise((resolve, reject) => {
  // The file may have been released between the call and the free slot.
  const file = readTempFile(options.filePath)
  if (!file) throw fail('file not found')
  const form = new FormData()
  for (const [key, value] of stringEntries(options.formData ?? {})) form.append(key, value)
  form.append(options.name, file, uploadFileName(file, options.filePath))
  const xhr = new XMLHttpRequest()
  xhr.open(request.method, request.url)
  // XHR cannot omit cookies on same-origin requests; it sends them to other origins only with 'include'.
  xhr.withCredentials = credentials === 'include'
  toRequestHeaders(request.header).forEach((value, name) => {
    // The browser writes the multipart content-type with its boundary.
    if (name !== 'content-type') xhr.setRequestHeader(name, value)
  })
  // `total` is 0 when the length is not computable.
  xhr.upload.onprogress = ({ loaded, total }) => onProgress({ progress: percent(loaded, total), totalBytesSent: loaded, totalBytesExpectedToSend: total })
  xhr.onreadystatechange = () => {
    if (xhr.readyState === 2 /* HEADERS_RECEIVED */)
      onHeaders({ header: fromRawHeaders(xhr.getAllResponseHeaders()), statusCode: xhr.status })
  }
  xhr.onload = () => resolve({ data: xhr.responseText, statusCode: xhr.status })
  // The task maps an abort or a timeout to its own reason.
  xhr.onerror = xhr.onabort = () => reject(networkError())
  signal.addEventListener('abort', () => xhr.abort())
  xhr.send(form)
})

/**
 * wx.uploadFile: a multipart POST of a temp file (chosen, downloaded or drawn: all registry
 * Blobs) with `name` and `formData`, on XHR for upload progress. Returns an UploadTask.
 */
export function uploadFile(options: UploadFileOptions & Callbacks<UploadFileSuccess>): UploadTask {
  return startTask('uploadFile', options, 'ProgressUpdate', prepare, transfer) as UploadTask
}
