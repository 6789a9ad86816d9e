/**
 * The page's `<canvas>` for a wx canvasId: `canvas-id="X"` (WXML's attribute, also on a
 * wrapper element that holds a canvas), else `id="X"`.
 */
export function findCanvas(canvasId: string): HTMLCanvasElement | undefined {
  if (typeof document === 'undefined') return undefined
  const escaped = CSS.escape(canvasId)
  const el = document.querySelector(`[canvas-id="${escaped}"]`) ?? document.getElementById(canvasId)
  if (el instanceof HTMLCanvasElement) return el
  return el?.querySelector('canvas') ?? undefined
}

/** CSS pixels to backing-store pixels on each axis (1 for a canvas that is not laid out, or an OffscreenCanvas). */
export function backingScale(canvas: HTMLCanvasElement | OffscreenCanvas): { x: number, y: number } {
  const { clientWidth, clientHeight } = canvas as HTMLCanvasElement
  return {
    x: clientWidth ? canvas.width / clientWidth : 1,
    y: clientHeight ? canvas.height / clientHeight : 1,
  }
}
