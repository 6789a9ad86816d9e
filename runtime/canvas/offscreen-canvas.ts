import { defineSync } from '../internal/define'
import { fail } from '../internal/fail'

export interface OffscreenCanvasOptions { type?: 'webgl' | '2d', width?: number, height?: number, compInst?: unknown }

/**
 * `wx.createOffscreenCanvas`: a browser OffscreenCanvas where there is one, else a detached
 * `<canvas>`. Both get WeChat's `createImage()`. `type` (`webgl` by default) is checked;
 * as in WeChat one canvas cannot mix 2d and webgl contexts (the browser returns null for
 * the second kind). The old positional form `(width, height)` is accepted too.
 */
export const createOffscreenCanvas = /* @__PURE__ */ defineSync('createOffscreenCanvas', (options?: OffscreenCanvasOptions | number, legacyHeight?: number) => {
  const o: OffscreenCanvasOptions = typeof options === 'number' ? { type: 'webgl', width: options, height: legacyHeight } : options ?? {}
  const type = o.type ?? 'webgl'
  if (type !== 'webgl' && type !== '2d') throw fail(`parameter error: parameter.type should be "webgl" or "2d"`)
  const width = o.width ?? 300
  const height = o.height ?? 150
  let canvas: (OffscreenCanvas | HTMLCanvasElement)
  if (typeof OffscreenCanvas === 'function') {
    canvas = new OffscreenCanvas(width, height)
  }
  else {
    canvas = document.createElement('canvas')
    canvas.width = width
    canvas.height = height
  }
  Object.assign(canvas, { createImage: () => new Image() })
  return canvas as (OffscreenCanvas | HTMLCanvasElement) & { createImage: () => HTMLImageElement }
})
