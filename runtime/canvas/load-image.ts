import { readTempFile } from '../internal/temp-files'

/**
 * An image for drawing, from any wx image source: a URL, a `blob:` tempFilePath, or a path
 * the temp-file registry holds (`wxfile://usr/...`). Rejects with the browser's reason.
 */
export function imageUrl(src: string): { url: string, revoke: () => void } {
  const blob = src.startsWith('blob:') ? undefined : readTempFile(src)
  if (!blob) return { url: src, revoke: () => {} }
  const url = URL.createObjectURL(blob)
  return { url, revoke: () => URL.revokeObjectURL(url) }
}

export function loadImage(src: string): Promise<HTMLImageElement> {
  const { url, revoke } = imageUrl(src)
  return new Promise((resolve, reject) => {
    const img = new Image()
    img.crossOrigin = /^https?:/.test(url) && new URL(url).origin !== location.origin ? 'anonymous' : null
    img.onload = () => {
      revoke()
      resolve(img)
    }
    img.onerror = () => {
      revoke()
      reject(new Error(`image could not be loaded: ${src}`))
    }
    img.src = url
  })
}
