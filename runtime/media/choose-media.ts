import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { createTempFile } from '../internal/temp-files'
import { pickMedia, wantsCompressed } from './file-picker'
import { compressPicked, decode } from './image-tools'

export interface ChooseMediaOptions {
  count?: number
  mediaType?: Array<'image' | 'video' | 'mix'>
  sourceType?: Array<'album' | 'camera'>
  maxDuration?: number
  sizeType?: Array<'original' | 'compressed'>
  camera?: 'back' | 'front'
}

export interface MediaFile {
  tempFilePath: string
  size: number
  fileType: 'image' | 'video'
  width: number
  height: number
  duration: number
  thumbTempFilePath: string
}

/** Size, duration and a first-frame JPEG thumbnail of a video, from a detached <video>. */
export function videoInfo(blob: Blob): Promise<{ width: number, height: number, duration: number, thumb: string }> {
  const url = URL.createObjectURL(blob)
  const video = document.createElement('video')
  video.muted = true
  video.preload = 'auto'
  return new Promise<{ width: number, height: number, duration: number, thumb: string }>((resolve) => {
    const finish = (thumb: string): void => resolve({ width: video.videoWidth, height: video.videoHeight, duration: Number.isFinite(video.duration) ? video.duration : 0, thumb })
    video.onloadeddata = () => {
      const canvas = document.createElement('canvas')
      canvas.width = video.videoWidth || 1
      canvas.height = video.videoHeight || 1
      canvas.getContext('2d')!.drawImage(video, 0, 0)
      canvas.toBlob(b => finish(b ? createTempFile(b) : ''), 'image/jpeg', 0.8)
    }
    // A format the browser cannot play still is a chosen file: report what is known.
    video.onerror = () => finish('')
    video.src = url
  }).finally(() => URL.revokeObjectURL(url))
}

/**
 * `wx.chooseMedia` through the browser's file picker: images and/or videos by `mediaType`,
 * `count` (default 9), `sizeType` for images, a camera-only `sourceType` asks for the
 * camera (`camera: 'front'` the selfie one). Results carry WeChat's MediaFile fields.
 * `maxDuration` cannot be imposed on a picked file and is not checked.
 */
export const chooseMedia = /* @__PURE__ */ defineAsync<ChooseMediaOptions, { tempFiles: MediaFile[], type: string }>('chooseMedia', async (o) => {
  checkParams(o as Record<string, unknown>, { count: 'Number?', mediaType: 'Array?', sourceType: 'Array?', maxDuration: 'Number?', sizeType: 'Array?', camera: 'String?' })
  const types = o.mediaType ?? ['image', 'video']
  const images = types.includes('image') || types.includes('mix')
  const videos = types.includes('video') || types.includes('mix')
  const accept = [images && 'image/*', videos && 'video/*'].filter(Boolean).join(',')
  const files = await pickMedia(accept, o.count ?? 9, o.sourceType, o.camera)
  const compress = wantsCompressed(o.sizeType)
  const tempFiles = await Promise.all(files.map(async (file): Promise<MediaFile> => {
    if (file.type.startsWith('video/')) {
      const info = await videoInfo(file)
      return { tempFilePath: createTempFile(file), size: file.size, fileType: 'video', width: info.width, height: info.height, duration: info.duration, thumbTempFilePath: info.thumb }
    }
    const blob = compress ? await compressPicked(file) : file
    const bitmap = await decode(blob)
    const media: MediaFile = { tempFilePath: createTempFile(blob), size: blob.size, fileType: 'image', width: bitmap.width, height: bitmap.height, duration: 0, thumbTempFilePath: '' }
    bitmap.close()
    return media
  }))
  const kinds = new Set(tempFiles.map(f => f.fileType))
  return { tempFiles, type: kinds.size > 1 ? 'mix' : [...kinds][0] ?? 'image' }
})
