import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { createTempFile } from '../internal/temp-files'
import { videoInfo } from './choose-media'
import { pickMedia } from './file-picker'

export interface ChooseVideoOptions {
  sourceType?: Array<'album' | 'camera'>
  compressed?: boolean
  maxDuration?: number
  camera?: 'back' | 'front'
}

export interface ChooseVideoResult {
  tempFilePath: string
  duration: number
  size: number
  height: number
  width: number
}

/**
 * `wx.chooseVideo` through the browser's file picker (see file-picker.ts about user
 * activation): one video, with its size in bytes, duration in seconds and pixel size read
 * from a detached `<video>`. A camera-only `sourceType` asks for the camera (`camera:
 * 'front'` the selfie one). The web cannot re-encode video, so `compressed` keeps the
 * original, and `maxDuration` cannot be imposed on a picked file. Cancel: `chooseVideo:fail cancel`.
 */
export const chooseVideo = /* @__PURE__ */ defineAsync<ChooseVideoOptions, ChooseVideoResult>('chooseVideo', async (o) => {
  checkParams(o as Record<string, unknown>, { sourceType: 'Array?', compressed: 'Boolean?', maxDuration: 'Number?', camera: 'String?' })
  const [file] = await pickMedia('video/*', 1, o.sourceType, o.camera)
  const info = await videoInfo(file)
  return { tempFilePath: createTempFile(file), duration: info.duration, size: file.size, height: info.height, width: info.width }
})
