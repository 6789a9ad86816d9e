import { readTempFile } from '../internal/temp-files'

const urls = new WeakMap<Blob, string>()

/**
 * A URL an `<img>` can show for any wx image path: URLs and `blob:` tempFilePaths as they
 * are; paths only the temp-file registry knows (`wxfile://usr/...`) through an object URL
 * made once per Blob.
 */
export function imageSrc(path: string): string {
  if (/^(https?:|data:|blob:)/.test(path)) return path
  const blob = readTempFile(path)
  if (!blob) return path
  let url = urls.get(blob)
  if (!url) {
    url = URL.createObjectURL(blob)
    urls.set(blob, url)
  }
  return url
}
