import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { createTempFile } from '../internal/temp-files'
import { backingScale, findCanvas } from './find-canvas'

interface Options {
  canvasId?: string
  canvas?: HTMLCanvasElement | OffscreenCanvas
  x?: number
  y?: number
  width?: number
  height?: number
  destWidth?: number
  destHeight?: number
  fileType?: 'png' | 'jpg'
  quality?: number
}

/**
 * `wx.canvasToTempFilePath`: a region of a canvas (by `canvasId`, or the `canvas` node /
 * OffscreenCanvas itself) scaled to destWidth × destHeight, encoded as PNG or JPEG
 * (`quality` outside (0, 1] counts as 1), kept as a temp file. Sizes are CSS pixels for a
 * page canvas; the defaults follow WeChat (dest = size × pixel ratio).
 */
export const canvasToTempFilePath = /* @__PURE__ */ defineAsync<Options, { tempFilePath: string }>('canvasToTempFilePath', async (o) => {
  checkParams(o as Record<string, unknown>, {
    canvasId: 'String?', x: 'Number?', y: 'Number?', width: 'Number?', height: 'Number?',
    destWidth: 'Number?', destHeight: 'Number?', fileType: 'String?', quality: 'Number?',
  })
  const source = o.canvas ?? (o.canvasId !== undefined ? findCanvas(o.canvasId) : undefined)
  if (!source || typeof (source as { getContext?: unknown }).getContext !== 'function') throw fail('canvas is empty')
  // An OffscreenCanvas has no layout size: its pixels are its CSS pixels.
  const scale = backingScale(source)
  const ratio = typeof HTMLCanvasElement !== 'undefined' && source instanceof HTMLCanvasElement ? devicePixelRatio || 1 : 1
  const cssWidth = source.width / scale.x
  const cssHeight = source.height / scale.y
  const x = o.x ?? 0
  const y = o.y ?? 0
  const width = o.width ?? cssWidth - x
  const height = o.height ?? cssHeight - y
  if (width <= 0 || height <= 0) throw fail('canvas is empty')
  const destWidth = Math.max(1, Math.round(o.destWidth ?? width * ratio))
  const destHeight = Math.max(1, Math.round(o.destHeight ?? height * ratio))
  const jpg = o.fileType === 'jpg'
  const quality = o.quality! > 0 && o.quality! <= 1 ? o.quality : 1
  const out = document.createElement('canvas')
  out.width = destWidth
  out.height = destHeight
  const ctx = out.getContext('2d')!
  if (jpg) {
    // JPEG has no alpha: WeChat's files show transparent areas as white, not black.
    ctx.fillStyle = '#fff'
    ctx.fillRect(0, 0, destWidth, destHeight)
  }
  ctx.drawImage(source, x * scale.x, y * scale.y, width * scale.x, height * scale.y, 0, 0, destWidth, destHeight)
  const blob = await new Promise<Blob>((resolve, reject) => out.toBlob(b => (b ? resolve(b) : reject(fail('create bitmap failed'))), jpg ? 'image/jpeg' : 'image/png', quality))
  return { tempFilePath: createTempFile(blob) }
})
