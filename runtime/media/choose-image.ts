import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { createTempFile } from '../internal/temp-files'
import { pickMedia, wantsCompressed } from './file-picker'
import { compressPicked } from './image-tools'

export interface ChooseImageOptions {
  count?: number
  sizeType?: Array<'original' | 'compressed'>
  sourceType?: Array<'album' | 'camera'>
}

/**
 * `wx.chooseImage` through the browser's file picker (see file-picker.ts about user
 * activation). At most `count` files are kept (default 9); `sizeType: ['compressed']`
 * re-encodes them as JPEG. Cancelling fails with `chooseImage:fail cancel`.
 */
export const chooseImage = /* @__PURE__ */ defineAsync<ChooseImageOptions, { tempFilePaths: string[], tempFiles: Array<{ path: string, size: number }> }>('chooseImage', async (o) => {
  checkParams(o as Record<string, unknown>, { count: 'Number?', sizeType: 'Array?', sourceType: 'Array?' })
  const files = await pickMedia('image/*', o.count ?? 9, o.sourceType)
  const compress = wantsCompressed(o.sizeType)
  const blobs = await Promise.all(files.map(file => (compress ? compressPicked(file) : file)))
  const tempFiles = blobs.map(blob => ({ path: createTempFile(blob), size: blob.size }))
  return { tempFilePaths: tempFiles.map(f => f.path), tempFiles }
})
