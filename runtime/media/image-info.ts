import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { createTempFile, isTempFile } from '../internal/temp-files'
import { blobOf, decode, reencode, sniffType } from './image-tools'

export interface ImageInfo {
  width: number
  height: number
  path: string
  orientation: 'up'
  type: 'jpeg' | 'png' | 'gif' | 'tiff' | 'webp' | 'bmp' | 'unknown'
}

/**
 * `wx.getImageInfo`: size and format of an image given by URL or local path. A network
 * image is downloaded to a temp file, whose path is returned (as WeChat does). Browsers
 * apply EXIF rotation when decoding, so width/height are as displayed and `orientation`
 * is always 'up'.
 */
export const getImageInfo = /* @__PURE__ */ defineAsync<{ src: string }, ImageInfo>('getImageInfo', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { src: 'String' })
  const blob = await blobOf(o.src)
  const bitmap = await decode(blob)
  const info: ImageInfo = {
    width: bitmap.width,
    height: bitmap.height,
    path: isTempFile(o.src) ? o.src : createTempFile(blob),
    orientation: 'up',
    type: await sniffType(blob),
  }
  bitmap.close()
  return info
})

export interface CompressImageOptions { src: string, quality?: number, compressedWidth?: number, compressedHeight?: number }

/**
 * `wx.compressImage`: JPEG at `quality` (0–100, default 80) through a canvas, optionally
 * resized (one side given keeps the aspect ratio).
 */
export const compressImage = /* @__PURE__ */ defineAsync<CompressImageOptions, { tempFilePath: string }>('compressImage', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { src: 'String', quality: 'Number?', compressedWidth: 'Number?', compressedHeight: 'Number?' })
  const quality = Math.min(100, Math.max(0, o.quality ?? 80)) / 100
  const bitmap = await decode(await blobOf(o.src))
  const { width, height } = bitmap
  let w = o.compressedWidth
  let h = o.compressedHeight
  if (w !== undefined && w <= 0) throw fail('parameter error: parameter.compressedWidth should be greater than 0')
  if (h !== undefined && h <= 0) throw fail('parameter error: parameter.compressedHeight should be greater than 0')
  if (w === undefined && h === undefined) {
    w = width
    h = height
  }
  else if (w === undefined) {
    w = (width * h!) / height
  }
  else if (h === undefined) {
    h = (height * w) / width
  }
  const blob = await reencode(bitmap, w, h!, quality)
  bitmap.close()
  return { tempFilePath: createTempFile(blob) }
})
