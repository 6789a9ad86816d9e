import { readTempFile } from '../internal/temp-files'

/**
 * An image for drawing, from any wx image source: a URL, a `blob:` tempFilePath, or a path
 * the temp-file registry holds (`wxfile://usr/...`, shown through an object URL revoked once
 * the image is in). Rejects when the image cannot be loaded or decoded.
 */
export function loadImage(src: string): Promise<HTMLImageElement> {
  const blob = src.startsWith('blob:') ? undefined : readTempFile(src)
  const url = blob ? URL.createObjectURL(blob) : src
  const img = new Image()
  img.crossOrigin = /^https?:/.test(url) && new URL(url).origin !== location.origin ? 'anonymous' : null
  img.src = url
  return img.decode().then(() => img, () => {
    throw new Error(`image could not be loaded: ${src}`)
  }).finally(() => {
    if (blob) URL.revokeObjectURL(url)
  })
}
