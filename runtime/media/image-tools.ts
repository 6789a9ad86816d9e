import { fail } from '../internal/fail'
import { readTempFile } from '../internal/temp-files'

/** Decoding and re-encoding images through a canvas (compression, getImageInfo). */
export async function blobOf(src: string): Promise<Blob> {
  const known = readTempFile(src)
  if (known) return known
  let response: Response
  try {
    response = await fetch(src)
  }
  catch {
    throw fail('image not found')
  }
  if (!response.ok) throw fail('image not found')
  return response.blob()
}

export async function decode(blob: Blob): Promise<ImageBitmap> {
  try {
    return await createImageBitmap(blob)
  }
  catch {
    throw fail('image decode error')
  }
}

type ImageType = 'jpeg' | 'png' | 'gif' | 'tiff' | 'webp' | 'bmp' | 'unknown'

/** Leading bytes (hex) of each format; WebP is RIFF with WEBP at byte 8. */
const SIGNATURES: Array<[string, ImageType]> = [['ffd8ff', 'jpeg'], ['89504e47', 'png'], ['47494638', 'gif'], ['49492a00', 'tiff'], ['4d4d002a', 'tiff'], ['424d', 'bmp']]

/** The format by magic bytes (a blob's `type` can be missing or wrong). */
export async function sniffType(blob: Blob): Promise<ImageType> {
  const hex = Array.from(new Uint8Array(await blob.slice(0, 12).arrayBuffer()), x => x.toString(16).padStart(2, '0')).join('')
  if (hex.startsWith('52494646') && hex.slice(16, 24) === '57454250') return 'webp'
  for (const [magic, type] of SIGNATURES) if (hex.startsWith(magic)) return type
  return 'unknown'
}

/** Re-encodes as JPEG at `quality` (0..1), scaled to width × height. */
export async function reencode(bitmap: ImageBitmap, width: number, height: number, quality: number): Promise<Blob> {
  const canvas = document.createElement('canvas')
  canvas.width = Math.max(1, Math.round(width))
  canvas.height = Math.max(1, Math.round(height))
  const ctx = canvas.getContext('2d')!
  // JPEG has no alpha: transparent pixels become white, as in WeChat's compressed files.
  ctx.fillStyle = '#fff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  ctx.drawImage(bitmap, 0, 0, canvas.width, canvas.height)
  return new Promise((resolve, reject) => canvas.toBlob(b => (b ? resolve(b) : reject(fail('compress error'))), 'image/jpeg', quality))
}

/** The longest side a `compressed` pick keeps (WeChat's compressed photos are phone-screen sized). */
export const COMPRESSED_MAX_SIDE = 1280
export const COMPRESSED_QUALITY = 0.8

/** A `compressed` version of a picked image: JPEG 0.8, longest side capped. */
export async function compressPicked(file: Blob): Promise<Blob> {
  const bitmap = await decode(file)
  const scale = Math.min(1, COMPRESSED_MAX_SIDE / Math.max(bitmap.width, bitmap.height))
  const out = await reencode(bitmap, bitmap.width * scale, bitmap.height * scale, COMPRESSED_QUALITY)
  bitmap.close()
  // Compressing must never make a file bigger.
  return out.size < file.size ? out : file
}
