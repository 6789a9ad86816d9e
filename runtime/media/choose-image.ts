import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { createTempFile } from '../internal/temp-files'
import { pickFiles } from './file-picker'
import { compressPicked } from './image-tools'

export interface ChooseImageOptions {
  count?: number
  sizeType?: Array<'original' | 'compressed'>
  sourceType?: Array<'album' | 'camera'>
}

/** Shared by chooseImage and chooseMedia: whether images are to be compressed. */
export function wantsCompressed(sizeType: string[] | undefined): boolean {
  // With both allowed WeChat lets the user tick "original"; with no such toggle here we keep originals.
  return !!sizeType && sizeType.includes('compressed') && !sizeType.includes('original')
}

/** The `capture` attribute: a camera-only source asks the device camera directly. */
export function captureFor(sourceType: string[] | undefined, camera?: string): 'user' | 'environment' | undefined {
  if (!sourceType || sourceType.includes('album') || !sourceType.includes('camera')) return undefined
  return camera === 'front' ? 'user' : 'environment'
}

/**
 * `wx.chooseImage` through the browser's file picker (see file-picker.ts about user
 * activation). At most `count` files are kept (default 9); `sizeType: ['compressed']`
 * re-encodes them as JPEG. Cancelling fails with `chooseImage:fail cancel`.
 */
export const chooseImage = /* @__PURE__ */ defineAsync<ChooseImageOptions, { tempFilePaths: string[], tempFiles: Array<{ path: string, size: number }> }>('chooseImage', async (o) => {
  checkParams(o as Record<string, unknown>, { count: 'Number?', sizeType: 'Array?', sourceType: 'Array?' })
  const count = o.count ?? 9
  if (count < 1) throw fail('parameter error: parameter.count should be greater than 0')
  const files = (await pickFiles({ accept: 'image/*', multiple: count > 1, capture: captureFor(o.sourceType) })).slice(0, count)
  const compress = wantsCompressed(o.sizeType)
  const blobs = await Promise.all(files.map(file => (compress ? compressPicked(file) : file)))
  const tempFiles = blobs.map(blob => ({ path: createTempFile(blob), size: blob.size }))
  return { tempFilePaths: tempFiles.map(f => f.path), tempFiles }
})
