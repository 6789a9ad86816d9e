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
type Action = [name: string, args: unknown[]]

class Gradient {
  readonly stops: Array<[number, string]> = []
  constructor(readonly kind: 'linear' | 'circular', readonly args: number[]) {}
  addColorStop(stop: number, color: string): void {
    this.stops.push([stop, color])
  }
}

class Pattern {
  constructor(readonly image: string, readonly repetition: string) {}
}

const PROPS = ['fillStyle', 'strokeStyle', 'font', 'globalAlpha', 'globalCompositeOperation', 'lineCap', 'lineDashOffset', 'lineJoin', 'lineWidth', 'miterLimit', 'shadowBlur', 'shadowColor', 'shadowOffsetX', 'shadowOffsetY', 'textAlign', 'textBaseline'] as const
const PASS = ['arc', 'arcTo', 'beginPath', 'bezierCurveTo', 'clearRect', 'clip', 'closePath', 'fill', 'fillRect', 'fillText', 'lineTo', 'moveTo', 'quadraticCurveTo', 'rect', 'restore', 'rotate', 'save', 'scale', 'stroke', 'strokeRect', 'strokeText', 'transform', 'translate'] as const

let measurer: CanvasRenderingContext2D | undefined

function resolveStyle(ctx: CanvasRenderingContext2D, value: unknown, images: Map<string, HTMLImageElement>): unknown {
  if (value instanceof Gradient) {
    const [a, b, c, d] = value.args
    const g = value.kind === 'linear' ? ctx.createLinearGradient(a, b, c, d) : ctx.createRadialGradient(a, b, 0, a, b, c)
    for (const [stop, color] of value.stops) g.addColorStop(stop, color)
    return g
  }
  if (value instanceof Pattern) return ctx.createPattern(images.get(value.image)!, value.repetition as 'repeat') ?? 'transparent'
  return value
}

function replay(ctx: CanvasRenderingContext2D, actions: Action[], images: Map<string, HTMLImageElement>, scale: { x: number, y: number }): void {
  for (const [name, args] of actions) {
    if (name === 'set') {
      const [prop, value] = args as [string, unknown]
      ;(ctx as unknown as Record<string, unknown>)[prop] = resolveStyle(ctx, value, images)
    }
    else if (name === 'setLineDash') {
      ctx.setLineDash((args[0] as number[] | undefined) ?? [])
      if (args[1] !== undefined) ctx.lineDashOffset = args[1] as number
    }
    else if (name === 'setTransform') {
      // wx's matrix is in CSS pixels: keep the backing-store scale under it.
      const [a, b, c, d, e, f] = args as number[]
      ctx.setTransform(a * scale.x, b * scale.y, c * scale.x, d * scale.y, e * scale.x, f * scale.y)
    }
    else if (name === 'drawImage') {
      const [src, ...rest] = args as [string, ...number[]]
      ;(ctx.drawImage as (...a: unknown[]) => void)(images.get(src), ...rest)
    }
    else {
      ;(ctx as unknown as Record<string, (...a: unknown[]) => void>)[name](...args)
    }
  }
}

function sizeBackingStore(canvas: HTMLCanvasElement): void {
  const dpr = devicePixelRatio || 1
  const w = Math.round(canvas.clientWidth * dpr)
  const h = Math.round(canvas.clientHeight * dpr)
  if (w && h && (canvas.width !== w || canvas.height !== h)) {
    canvas.width = w
    canvas.height = h
  }
}

export function createCanvasContext(canvasId: string, _component?: unknown) {
  let actions: Action[] = []
  let font = '10px sans-serif'
  let queue: Promise<void> = Promise.resolve()
  const push = (name: string, ...args: unknown[]): void => {
    actions.push([name, args])
  }
  const set = (prop: string, value: unknown): void => {
    if (prop === 'font') font = String(value)
    push('set', prop, value)
  }

  const context: Record<string, unknown> = {
    canvasId,
    setFillStyle: (color: unknown) => set('fillStyle', color),
    setStrokeStyle: (color: unknown) => set('strokeStyle', color),
    setFontSize: (size: number) => set('font', font.replace(/\d+(\.\d+)?px/, `${size}px`)),
    setGlobalAlpha: (alpha: number) => set('globalAlpha', alpha),
    setLineCap: (cap: string) => set('lineCap', cap),
    setLineJoin: (join: string) => set('lineJoin', join),
    setLineWidth: (width: number) => set('lineWidth', width),
    setMiterLimit: (limit: number) => set('miterLimit', limit),
    setTextAlign: (align: string) => set('textAlign', align),
    setTextBaseline: (baseline: string) => set('textBaseline', baseline === 'normal' ? 'alphabetic' : baseline),
    setShadow: (offsetX = 0, offsetY = 0, blur = 0, color = 'black') => {
      set('shadowOffsetX', offsetX)
      set('shadowOffsetY', offsetY)
      set('shadowBlur', blur)
      set('shadowColor', color)
    },
    setLineDash: (pattern?: number[], offset?: number) => push('setLineDash', pattern, offset),
    setTransform: (scaleX: number, skewX: number, skewY: number, scaleY: number, translateX: number, translateY: number) =>
      push('setTransform', scaleX, skewX, skewY, scaleY, translateX, translateY),
    drawImage: (src: string, ...rest: number[]) => push('drawImage', src, ...rest),
    createLinearGradient: (x0: number, y0: number, x1: number, y1: number) => new Gradient('linear', [x0, y0, x1, y1]),
    createCircularGradient: (x: number, y: number, r: number) => new Gradient('circular', [x, y, r]),
    createPattern: (image: string, repetition: string) => new Pattern(image, repetition),
    measureText: (text: string) => {
      measurer ??= document.createElement('canvas').getContext('2d')!
      measurer.font = font
      return { width: measurer.measureText(String(text)).width }
    },
    draw: (reserve = false, callback?: () => void) => {
      const batch = actions
      actions = []
      queue = queue.then(() => run(batch, reserve, callback)).catch(reportError)
    },
  }
  for (const name of PASS) context[name] = (...args: unknown[]) => { actions.push([name, args]) }
  for (const prop of PROPS) {
    Object.defineProperty(context, prop, { set: value => set(prop, value), enumerable: true })
  }

  async function run(batch: Action[], reserve: boolean, callback?: () => void): Promise<void> {
    const canvas = findCanvas(canvasId)
    if (!canvas) {
      console.warn(`[wx-h5] CanvasContext.draw: no <canvas canvas-id="${canvasId}"> or id="${canvasId}" in the page.`)
      return
    }
    const sources = new Set<string>()
    for (const [name, args] of batch) {
      if (name === 'drawImage') sources.add(args[0] as string)
      if (name === 'set' && args[1] instanceof Pattern) sources.add(args[1].image)
    }
    const images = new Map<string, HTMLImageElement>()
    await Promise.all([...sources].map(src => loadImage(src).then(img => images.set(src, img), (error: unknown) => console.warn('[wx-h5] CanvasContext.drawImage:', error))))
    if (!reserve) sizeBackingStore(canvas)
    const ctx = canvas.getContext('2d')!
    const scale = backingScale(canvas)
    ctx.save()
    ctx.setTransform(scale.x, 0, 0, scale.y, 0, 0)
    if (!reserve) ctx.clearRect(0, 0, canvas.width / scale.x, canvas.height / scale.y)
    const drawable = batch.filter(([name, args]) => name !== 'drawImage' || images.has(args[0] as string))
    try {
      replay(ctx, drawable, images, scale)
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
