// The canvas area's wx APIs, as named exports.
export { createCanvasContext } from './canvas-context'
export { createOffscreenCanvas } from './offscreen-canvas'
export { canvasToTempFilePath } from './to-temp-file'
