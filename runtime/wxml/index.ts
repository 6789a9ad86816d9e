// The wxml area's wx APIs (and their neighbours in the render layer), as named exports.
export { createAnimation } from './animation'
export { createIntersectionObserver } from './intersection-observer'
export { loadFontFace } from './load-font-face'
export { nextTick } from './next-tick'
export { createSelectorQuery } from './selector-query'
