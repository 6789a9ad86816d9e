import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { readTempFile } from '../internal/temp-files'

const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif', 'image/webp': 'webp', 'video/mp4': 'mp4', 'video/webm': 'webm', 'video/quicktime': 'mov' }

/** Offers `href` as a download named like the last segment of `path` with an extension, else `fallback`. */
export function offerDownload(href: string, path: string, fallback: string): void {
  const link = document.createElement('a')
  link.href = href
  link.download = /[^/?#]+\.\w+(?=$|[?#])/.exec(path)?.[0] ?? fallback
  link.click()
}

function download(api: string, filePath: string, fallbackExt: string): void {
  const blob = readTempFile(filePath)
  if (!blob && !/^(https?:|data:|blob:)/.test(filePath)) throw fail('file not found')
  const url = blob ? URL.createObjectURL(blob) : filePath
  offerDownload(url, filePath, `${api === 'saveVideoToPhotosAlbum' ? 'video' : 'image'}-${Date.now()}.${(blob && EXT[blob.type]) ?? fallbackExt}`)
  // The download has taken its own reference; give the URL a moment before revoking it.
  if (blob) setTimeout(() => URL.revokeObjectURL(url), 60_000)
}

/**
 * `wx.saveImageToPhotosAlbum` / `wx.saveVideoToPhotosAlbum`: a browser has no photo album,
 * so the file is offered as a download (`<a download>`). Succeeds once the download is
 * triggered; where the browser asks the user, their answer is not visible to the page.
 */
export const saveImageToPhotosAlbum = /* @__PURE__ */ defineAsync<{ filePath: string }>('saveImageToPhotosAlbum', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { filePath: 'String' })
  download('saveImageToPhotosAlbum', o.filePath, 'png')
})

export const saveVideoToPhotosAlbum = /* @__PURE__ */ defineAsync<{ filePath: string }>('saveVideoToPhotosAlbum', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { filePath: 'String' })
  download('saveVideoToPhotosAlbum', o.filePath, 'mp4')
})
