import { callUser, reportError } from '../internal/report-error'
import { backingScale, findCanvas } from './find-canvas'
import { loadImage } from './load-image'

/**
 * `wx.createCanvasContext(canvasId)`: the legacy draw API. Calls are recorded and replayed
 * on the page canvas's CanvasRenderingContext2D by `draw(reserve?, callback?)`: without
 * `reserve` the canvas is cleared first. Images named by drawImage / createPattern are
 * loaded before the replay, so a draw runs whole and in call order. Coordinates are CSS
 * pixels; the backing store follows the element's size × devicePixelRatio.
 */
type Images = Map<string, HTMLImageElement>
/** One recorded call, as it is to be done on the real context (`base`: CSS to backing-store pixels). */
type Action = (ctx: CanvasRenderingContext2D, images: Images, base: DOMMatrix) => void
type Make = (ctx: CanvasRenderingContext2D, images: Images) => CanvasGradient | CanvasPattern | string

/**
 * Gradients and patterns are made on the real context at replay: each one handed out maps
 * to its maker and, for a pattern, the image to load first.
 */
const deferred = /* @__PURE__ */ new WeakMap<object, [make: Make, image?: string]>()

// Style properties wx code may assign directly; the first eight also have a `setX(value)`.
const SETTABLE = 'fillStyle strokeStyle globalAlpha lineCap lineJoin lineWidth miterLimit textAlign'
const PROPS = `${SETTABLE} font globalCompositeOperation lineDashOffset shadowBlur shadowColor shadowOffsetX shadowOffsetY textBaseline`
// Methods recorded and replayed as they are.
const PASS = 'arc arcTo beginPath bezierCurveTo clearRect clip closePath fill fillRect fillText lineTo moveTo quadraticCurveTo rect restore rotate save scale stroke strokeRect strokeText transform translate'

let measurer: CanvasRenderingContext2D | undefined

function gradient(make: (ctx: CanvasRenderingContext2D) => CanvasGradient) {
  const stops: Array<[number, string]> = []
  const handle = {
    addColorStop(stop: number, color: string): void {
      stops.push([stop, color])
    },
  }
  deferred.set(handle, [(ctx) => {
    const real = make(ctx)
    for (const [stop, color] of stops) real.addColorStop(stop, color)
    return real
  }])
  return handle
}

export function createCanvasContext(canvasId: string, _component?: unknown): CanvasContext {
  let actions: Action[] = []
  /** Images the recorded actions draw (drawImage, patterns in use). */
  let sources = new Set<string>()
  let font = '10px sans-serif'
  let queue: Promise<void> = Promise.resolve()
  const record = (action: Action): void => {
    actions.push(action)
  }
  const set = (prop: string, value: unknown): void => {
    if (prop === 'font') font = String(value)
    const style = deferred.get(value as object)
    if (style?.[1]) sources.add(style[1])
    record((ctx, images) => {
      (ctx as unknown as Record<string, unknown>)[prop] = style ? style[0](ctx, images) : value
    })
  }

  const context: Record<string, unknown> = {
    canvasId,
    setFontSize: (size: number) => set('font', font.replace(/\d+(\.\d+)?px/, `${size}px`)),
    setTextBaseline: (baseline: string) => set('textBaseline', baseline === 'normal' ? 'alphabetic' : baseline),
    setShadow: (offsetX = 0, offsetY = 0, blur = 0, color = 'black') => {
      set('shadowOffsetX', offsetX)
      set('shadowOffsetY', offsetY)
      set('shadowBlur', blur)
      set('shadowColor', color)
    },
    setLineDash: (pattern?: number[], offset?: number) => record((ctx) => {
      ctx.setLineDash(pattern ?? [])
      if (offset !== undefined) ctx.lineDashOffset = offset
    }),
    // wx's matrix is in CSS pixels: keep the backing-store scale under it.
    setTransform: (...matrix: [number, number, number, number, number, number]) => record((ctx, _images, base) => {
      ctx.setTransform(base)
      ctx.transform(...matrix)
    }),
    drawImage: (src: string, ...rest: number[]) => {
      sources.add(src)
      // An image that failed to load is left out of the draw.
      record((ctx, images) => {
        const image = images.get(src)
        if (image) (ctx.drawImage as (...args: unknown[]) => void)(image, ...rest)
      })
    },
    createLinearGradient: (x0: number, y0: number, x1: number, y1: number) => gradient(ctx => ctx.createLinearGradient(x0, y0, x1, y1)),
    createCircularGradient: (x: number, y: number, r: number) => gradient(ctx => ctx.createRadialGradient(x, y, 0, x, y, r)),
    createPattern: (image: string, repetition: string) => {
      const handle = {}
      deferred.set(handle, [(ctx, images) => ctx.createPattern(images.get(image)!, repetition) ?? 'transparent', image])
      return handle
    },
    measureText: (text: string) => {
      measurer ??= document.createElement('canvas').getContext('2d')!
      measurer.font = font
      return { width: measurer.measureText(String(text)).width }
    },
    draw: (reserve = false, callback?: () => void) => {
      const batch = actions
      const images = sources
      actions = []
      sources = new Set()
      queue = queue.then(() => run(batch, images, reserve, callback)).catch(reportError)
    },
  }
  for (const prop of SETTABLE.split(' ')) context[`set${prop[0].toUpperCase()}${prop.slice(1)}`] = (value: unknown) => set(prop, value)
  for (const name of PASS.split(' ')) {
    context[name] = (...args: unknown[]) => record(ctx => (ctx as unknown as Record<string, (...a: unknown[]) => void>)[name](...args))
  }
  for (const prop of PROPS.split(' ')) {
    Object.defineProperty(context, prop, { set: value => set(prop, value), enumerable: true })
  }

  async function run(batch: Action[], sources: Set<string>, reserve: boolean, callback?: () => void): Promise<void> {
    const canvas = findCanvas(canvasId)
    if (!canvas) {
      console.warn(`[wx-h5] CanvasContext.draw: no <canvas canvas-id="${canvasId}"> or id="${canvasId}" in the page.`)
      return
    }
    const images: Images = new Map()
    await Promise.all([...sources].map(src => loadImage(src).then(img => images.set(src, img), (error: unknown) => console.warn('[wx-h5] CanvasContext.drawImage:', error))))
    if (!reserve) {
      // The backing store follows the element's size × devicePixelRatio.
      const dpr = devicePixelRatio || 1
      const width = Math.round(canvas.clientWidth * dpr)
      const height = Math.round(canvas.clientHeight * dpr)
      if (width && height && (canvas.width !== width || canvas.height !== height)) {
        canvas.width = width
        canvas.height = height
      }
    }
    const ctx = canvas.getContext('2d')!
    const scale = backingScale(canvas)
    ctx.save()
    ctx.setTransform(scale.x, 0, 0, scale.y, 0, 0)
    const base = ctx.getTransform()
    if (!reserve) ctx.clearRect(0, 0, canvas.width / scale.x, canvas.height / scale.y)
    try {
      for (const action of batch) action(ctx, images, base)
    }
    finally {
      ctx.restore()
    }
    callUser(callback)
  }

  return context as CanvasContext
}

export interface CanvasContext {
  readonly canvasId: string
  draw: (reserve?: boolean, callback?: () => void) => void
  measureText: (text: string) => { width: number }
  createLinearGradient: (x0: number, y0: number, x1: number, y1: number) => { addColorStop: (stop: number, color: string) => void }
  createCircularGradient: (x: number, y: number, r: number) => { addColorStop: (stop: number, color: string) => void }
  [method: string]: any
}
