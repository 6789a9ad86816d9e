import { afterEach, describe, expect, it, vi } from 'vitest'
import { canvasToTempFilePath, createCanvasContext, createOffscreenCanvas } from '../../../runtime/canvas'
import { createTempFile, readTempFile } from '../../../runtime/internal/temp-files'

function mount(attrs: string, width = 40, height = 30): HTMLCanvasElement {
  const wrap = document.createElement('div')
  wrap.innerHTML = `<canvas ${attrs} style="width:${width}px;height:${height}px;display:block"></canvas>`
  document.body.appendChild(wrap)
  return wrap.querySelector('canvas')!
}

function pixel(canvas: HTMLCanvasElement | OffscreenCanvas, x: number, y: number): number[] {
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
  return [...ctx.getImageData(x, y, 1, 1).data]
}

function drawn(ctx: { draw: (reserve?: boolean, cb?: () => void) => void }, reserve = false): Promise<void> {
  return new Promise(resolve => ctx.draw(reserve, resolve))
}

async function decodeImage(path: string): Promise<ImageBitmap> {
  return createImageBitmap(readTempFile(path)!)
}

afterEach(() => {
  document.body.innerHTML = ''
})

describe('createCanvasContext', () => {
  it('queues calls until draw() and paints them on the canvas-id canvas', async () => {
    const canvas = mount('canvas-id="c1"')
    const ctx = createCanvasContext('c1')
    ctx.setFillStyle('#ff0000')
    ctx.fillRect(0, 0, 10, 10)
    expect(pixel(canvas, 5, 5)).toEqual([0, 0, 0, 0])
    await drawn(ctx)
    expect(pixel(canvas, 5, 5)).toEqual([255, 0, 0, 255])
    expect(pixel(canvas, 15, 5)).toEqual([0, 0, 0, 0])
  })

  it('draw() clears the canvas first; draw(true) keeps what is there', async () => {
    const canvas = mount('id="c2"')
    const ctx = createCanvasContext('c2')
    ctx.setFillStyle('blue')
    ctx.fillRect(0, 0, 10, 10)
    await drawn(ctx)
    ctx.setFillStyle('lime')
    ctx.fillRect(20, 0, 10, 10)
    await drawn(ctx, true)
    expect(pixel(canvas, 5, 5)).toEqual([0, 0, 255, 255])
    expect(pixel(canvas, 25, 5)).toEqual([0, 255, 0, 255])
    ctx.fillRect(20, 20, 5, 5)
    await drawn(ctx)
    expect(pixel(canvas, 5, 5)).toEqual([0, 0, 0, 0])
    // Each draw starts from default state: fillStyle is black again.
    expect(pixel(canvas, 22, 22)).toEqual([0, 0, 0, 255])
  })

  it('paths, arcs, transforms, save/restore, global alpha and property setters', async () => {
    const canvas = mount('canvas-id="c3"')
    const ctx = createCanvasContext('c3')
    ctx.beginPath()
    ctx.arc(10, 10, 5, 0, 2 * Math.PI)
    ctx.setFillStyle('#00ff00')
    ctx.fill()
    ctx.save()
    ctx.translate(20, 0)
    ctx.scale(2, 2)
    ctx.fillStyle = '#0000ff'
    ctx.fillRect(0, 0, 5, 5)
    ctx.restore()
    ctx.fillRect(0, 25, 2, 2)
    ctx.setGlobalAlpha(0.5)
    ctx.setFillStyle('#ff0000')
    ctx.fillRect(30, 25, 5, 5)
    ctx.setLineWidth(4)
    ctx.setStrokeStyle('#ff00ff')
    ctx.strokeRect(2, 22, 0, 0)
    await drawn(ctx)
    expect(pixel(canvas, 10, 10)).toEqual([0, 255, 0, 255])
    expect(pixel(canvas, 29, 9)).toEqual([0, 0, 255, 255])
    expect(pixel(canvas, 31, 11)).toEqual([0, 0, 0, 0])
    expect(pixel(canvas, 1, 26)).toEqual([0, 255, 0, 255])
    const [r, g, b, a] = pixel(canvas, 32, 27)
    expect([r, g, b]).toEqual([255, 0, 0])
    expect(a).toBeGreaterThanOrEqual(127)
    expect(a).toBeLessThanOrEqual(128)
  })

  it('linear and circular gradients, shadows, dashes and text', async () => {
    const canvas = mount('canvas-id="c4"', 100, 40)
    const ctx = createCanvasContext('c4')
    const lin = ctx.createLinearGradient(0, 0, 20, 0)
    lin.addColorStop(0, '#ff0000')
    lin.addColorStop(1, '#0000ff')
    ctx.setFillStyle(lin)
    ctx.fillRect(0, 0, 20, 10)
    const rad = ctx.createCircularGradient(50, 20, 10)
    rad.addColorStop(0, '#00ff00')
    rad.addColorStop(1, '#000000')
    ctx.setFillStyle(rad)
    ctx.fillRect(40, 10, 20, 20)
    ctx.setShadow(0, 0, 0, 'black')
    ctx.setLineDash([2, 2], 0)
    ctx.setFontSize(20)
    ctx.setTextAlign('left')
    ctx.setTextBaseline('top')
    ctx.setFillStyle('#000000')
    ctx.fillText('W', 70, 10)
    await drawn(ctx)
    const left = pixel(canvas, 1, 5)
    const right = pixel(canvas, 19, 5)
    expect(left[0]).toBeGreaterThan(200)
    expect(right[2]).toBeGreaterThan(200)
    expect(pixel(canvas, 50, 20)[1]).toBeGreaterThan(230)
    const text = (canvas.getContext('2d')!.getImageData(70, 10, 25, 25).data).filter((v, i) => i % 4 === 3 && v > 0)
    expect(text.length).toBeGreaterThan(10)
  })

  it('measureText follows setFontSize', () => {
    const ctx = createCanvasContext('none')
    const small = ctx.measureText('hello').width
    ctx.setFontSize(20)
    expect(ctx.measureText('hello').width).toBeCloseTo(small * 2, 0)
  })

  it('drawImage loads temp files before painting', async () => {
    const source = document.createElement('canvas')
    source.width = source.height = 4
    const sctx = source.getContext('2d')!
    sctx.fillStyle = '#ff8000'
    sctx.fillRect(0, 0, 4, 4)
    const blob = await new Promise<Blob>(resolve => source.toBlob(b => resolve(b!)))
    const path = createTempFile(blob)
    const canvas = mount('canvas-id="c5"')
    const ctx = createCanvasContext('c5')
    ctx.drawImage(path, 0, 0, 8, 8)
    ctx.setFillStyle('#0000ff')
    ctx.fillRect(8, 0, 4, 4)
    await drawn(ctx)
    expect(pixel(canvas, 4, 4)).toEqual([255, 128, 0, 255])
    expect(pixel(canvas, 9, 1)).toEqual([0, 0, 255, 255])
  })
})

describe('canvasToTempFilePath', () => {
  it('exports a region, scaled to the destination size, as PNG', async () => {
    mount('canvas-id="t1"')
    const ctx = createCanvasContext('t1')
    ctx.setFillStyle('#ff0000')
    ctx.fillRect(10, 10, 10, 10)
    await drawn(ctx)
    const res = await canvasToTempFilePath({ canvasId: 't1', x: 10, y: 10, width: 10, height: 10, destWidth: 20, destHeight: 20 })
    expect(res.errMsg).toBe('canvasToTempFilePath:ok')
    expect(res.tempFilePath).toMatch(/^blob:/)
    expect(readTempFile(res.tempFilePath)!.type).toBe('image/png')
    const bitmap = await decodeImage(res.tempFilePath)
    expect([bitmap.width, bitmap.height]).toEqual([20, 20])
    const out = new OffscreenCanvas(20, 20)
    const octx = out.getContext('2d')!
    octx.drawImage(bitmap, 0, 0)
    expect([...octx.getImageData(10, 10, 1, 1).data]).toEqual([255, 0, 0, 255])
  })

  it('defaults to the whole canvas; jpg with quality', async () => {
    mount('canvas-id="t2"', 40, 30)
    const res = await canvasToTempFilePath({ canvasId: 't2', fileType: 'jpg', quality: 0.5 })
    expect(readTempFile(res.tempFilePath)!.type).toBe('image/jpeg')
    const bitmap = await decodeImage(res.tempFilePath)
    expect([bitmap.width, bitmap.height]).toEqual([40 * devicePixelRatio, 30 * devicePixelRatio])
  })

  it('fails for an unknown canvas, callbacks in order', async () => {
    const calls: string[] = []
    let err: Record<string, unknown> = {}
    await new Promise<void>((resolve) => {
      canvasToTempFilePath({
        canvasId: 'missing',
        success: () => calls.push('success'),
        fail: (e) => { calls.push('fail'); err = e },
        complete: () => { calls.push('complete'); resolve() },
      })
    })
    expect(calls).toEqual(['fail', 'complete'])
    expect(err).toEqual({ errMsg: 'canvasToTempFilePath:fail canvas is empty' })
  })

  it('accepts a canvas node or an OffscreenCanvas', async () => {
    const off = createOffscreenCanvas({ type: '2d', width: 8, height: 6 })
    const octx = off.getContext('2d') as OffscreenCanvasRenderingContext2D
    octx.fillStyle = '#00ff00'
    octx.fillRect(0, 0, 8, 6)
    const res = await canvasToTempFilePath({ canvas: off as OffscreenCanvas })
    const bitmap = await decodeImage(res.tempFilePath)
    expect([bitmap.width, bitmap.height]).toEqual([8, 6])
  })
})

describe('createOffscreenCanvas', () => {
  it('makes an OffscreenCanvas of the given size with createImage()', () => {
    const off = createOffscreenCanvas({ type: '2d', width: 20, height: 10 })
    expect(off).toBeInstanceOf(OffscreenCanvas)
    expect([off.width, off.height]).toEqual([20, 10])
    expect(off.createImage()).toBeInstanceOf(HTMLImageElement)
    const ctx = off.getContext('2d') as OffscreenCanvasRenderingContext2D
    ctx.fillStyle = '#123456'
    ctx.fillRect(0, 0, 1, 1)
    expect(pixel(off, 0, 0)).toEqual([0x12, 0x34, 0x56, 255])
    expect(off.getContext('webgl')).toBeNull()
  })

  it('accepts the legacy (width, height) form and rejects an unknown type', () => {
    const off = createOffscreenCanvas(30, 20)
    expect([off.width, off.height]).toEqual([30, 20])
    expect(() => createOffscreenCanvas({ type: 'x' as '2d' })).toThrow('createOffscreenCanvas:fail parameter error: parameter.type should be "webgl" or "2d"')
  })
})

describe('createCanvasContext: patterns and matrices', () => {
  it('createPattern fills with a loaded image; setTransform keeps CSS-pixel coordinates', async () => {
    const tile = document.createElement('canvas')
    tile.width = tile.height = 2
    const t = tile.getContext('2d')!
    t.fillStyle = '#00ff00'
    t.fillRect(0, 0, 2, 2)
    const path = createTempFile(await new Promise<Blob>(resolve => tile.toBlob(b => resolve(b!))))
    const canvas = mount('canvas-id="p1"')
    const ctx = createCanvasContext('p1')
    ctx.setFillStyle(ctx.createPattern(path, 'repeat'))
    ctx.fillRect(0, 0, 10, 10)
    ctx.setTransform(1, 0, 0, 1, 20, 10)
    ctx.setFillStyle('#0000ff')
    ctx.fillRect(0, 0, 4, 4)
    await drawn(ctx)
    expect(pixel(canvas, 5, 5)).toEqual([0, 255, 0, 255])
    expect(pixel(canvas, 21, 11)).toEqual([0, 0, 255, 255])
    expect(pixel(canvas, 1, 11)).toEqual([0, 0, 0, 0])
  })

  it('a draw on a canvas that is not in the page warns and draws nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const ctx = createCanvasContext('ghost')
    const callback = vi.fn()
    ctx.fillRect(0, 0, 1, 1)
    ctx.draw(false, callback)
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith('[wx-h5] CanvasContext.draw: no <canvas canvas-id="ghost"> or id="ghost" in the page.'))
    expect(callback).not.toHaveBeenCalled()
    warn.mockRestore()
  })
})
