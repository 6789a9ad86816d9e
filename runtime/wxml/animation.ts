/**
 * wx.createAnimation: a recorder of animation steps, whose `export()` gives the data a
 * component's `animation` attribute takes: `{ actions: [{ animates, option }] }`.
 * - Each method queues an animate: transforms as `{ type: 'rotate', args: [45] }`, styles
 *   as `{ type: 'style', args: ['width', '10px'] }` (numbers get `px` for lengths).
 * - `step(options?)` closes a step. Animates accumulate across steps: a step lists every
 *   transform and style set so far, the latest value per transform type / style name.
 * - `export()` returns the recorded steps and empties the list (not the accumulated state).
 * Defaults: duration 400 ms, timingFunction 'linear', delay 0, transformOrigin '50% 50% 0'.
 */
export interface AnimationOptions { duration?: number, timingFunction?: string, delay?: number, transformOrigin?: string }
export interface Animate { type: string, args: unknown[] }
export interface AnimationAction {
  animates: Animate[]
  option: { transformOrigin: string, transition: { duration: number, timingFunction: string, delay: number } }
}
export interface AnimationData { actions: AnimationAction[] }

type Chain = Animation
export interface Animation {
  export: () => AnimationData
  step: (options?: AnimationOptions) => Chain
  matrix: (...args: number[]) => Chain
  matrix3d: (...args: number[]) => Chain
  rotate: (angle?: number) => Chain
  rotate3d: (x?: number, y?: number, z?: number, angle?: number) => Chain
  rotateX: (angle?: number) => Chain
  rotateY: (angle?: number) => Chain
  rotateZ: (angle?: number) => Chain
  scale: (sx?: number, sy?: number) => Chain
  scale3d: (sx?: number, sy?: number, sz?: number) => Chain
  scaleX: (s?: number) => Chain
  scaleY: (s?: number) => Chain
  scaleZ: (s?: number) => Chain
  skew: (ax?: number, ay?: number) => Chain
  skewX: (a?: number) => Chain
  skewY: (a?: number) => Chain
  translate: (tx?: number | string, ty?: number | string) => Chain
  translate3d: (tx?: number | string, ty?: number | string, tz?: number | string) => Chain
  translateX: (t?: number | string) => Chain
  translateY: (t?: number | string) => Chain
  translateZ: (t?: number | string) => Chain
  opacity: (value: number) => Chain
  backgroundColor: (value: string) => Chain
  width: (value: number | string) => Chain
  height: (value: number | string) => Chain
  left: (value: number | string) => Chain
  right: (value: number | string) => Chain
  top: (value: number | string) => Chain
  bottom: (value: number | string) => Chain
}

// Transform name -> default of each argument (a missing argument takes its default).
const TRANSFORMS: Record<string, number[]> = {
  matrix: [1, 0, 0, 1, 0, 0],
  matrix3d: [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1],
  rotate: [0],
  rotate3d: [0, 0, 0, 0],
  rotateX: [0],
  rotateY: [0],
  rotateZ: [0],
  scale3d: [1, 1, 1],
  scaleX: [1],
  scaleY: [1],
  scaleZ: [1],
  skew: [0, 0],
  skewX: [0],
  skewY: [0],
  translate: [0, 0],
  translate3d: [0, 0, 0],
  translateX: [0],
  translateY: [0],
  translateZ: [0],
}
const LENGTHS = ['width', 'height', 'left', 'right', 'top', 'bottom']

function pick<T>(value: T | undefined, fallback: T): T {
  return value === undefined ? fallback : value
}

export function createAnimation(options: AnimationOptions = {}): Animation {
  const defaults = { ...options }
  let actions: AnimationAction[] = []
  let pending: Animate[] = []
  // Latest animate per transform type or `style.<name>`, kept across steps (insertion order).
  const current = new Map<string, Animate>()
  const push = (type: string, args: unknown[]): Chain => {
    pending.push({ type, args })
    return animation as unknown as Animation
  }
  const animation = {
    export() {
      const out = actions
      actions = []
      return { actions: out }
    },
    step(stepOptions: AnimationOptions = {}) {
      for (const animate of pending) current.set(animate.type === 'style' ? `style.${animate.args[0]}` : animate.type, animate)
      pending = []
      actions.push({
        animates: [...current.values()],
        option: {
          transformOrigin: pick(stepOptions.transformOrigin, pick(defaults.transformOrigin, '50% 50% 0')),
          transition: {
            duration: pick(stepOptions.duration, pick(defaults.duration, 400)),
            timingFunction: pick(stepOptions.timingFunction, pick(defaults.timingFunction, 'linear')),
            delay: pick(stepOptions.delay, pick(defaults.delay, 0)),
          },
        },
      })
      return animation as unknown as Animation
    },
    // scale(sx, sy): sy defaults to sx, not to 1.
    scale: (sx: number = 1, sy?: number) => push('scale', [sx, sy === undefined ? sx : sy]),
    opacity: (value: number) => push('style', ['opacity', value]),
    backgroundColor: (value: string) => push('style', ['backgroundColor', value]),
  } as Record<string, unknown>
  for (const [type, fallbacks] of Object.entries(TRANSFORMS))
    animation[type] = (...args: unknown[]) => push(type, fallbacks.map((d, i) => pick(args[i], d)))
  for (const name of LENGTHS)
    animation[name] = (value: number | string) => push('style', [name, typeof value === 'number' ? `${value}px` : value])
  return animation as unknown as Animation
}
