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

/**
 * Transform name -> default of each argument, one digit per argument (a missing argument
 * takes its default). `scale` is separate: its sy defaults to sx.
 */
const TRANSFORMS = 'matrix:100100 matrix3d:1000010000100001 rotate:0 rotate3d:0000 rotateX:0 rotateY:0 rotateZ:0 '
  + 'scale3d:111 scaleX:1 scaleY:1 scaleZ:1 skew:00 skewX:0 skewY:0 '
  + 'translate:00 translate3d:000 translateX:0 translateY:0 translateZ:0'
const LENGTHS = ['width', 'height', 'left', 'right', 'top', 'bottom']
const STEP_DEFAULTS: Required<AnimationOptions> = { duration: 400, timingFunction: 'linear', delay: 0, transformOrigin: '50% 50% 0' }

export function createAnimation(options: AnimationOptions = {}): Animation {
  const defaults = { ...options }
  let actions: AnimationAction[] = []
  let pending: Animate[] = []
  // Latest animate per transform type or `style.<name>`, kept across steps (insertion order).
  const current = new Map<string, Animate>()
  const push = (type: string, args: unknown[]): Animation => {
    pending.push({ type, args })
    return animation
  }
  const style = (name: string, value: unknown) => push('style', [name, value])
  const animation = {
    export() {
      const out = actions
      actions = []
      return { actions: out }
    },
    step(stepOptions: AnimationOptions = {}) {
      for (const animate of pending) current.set(animate.type === 'style' ? `style.${animate.args[0]}` : animate.type, animate)
      pending = []
      // A step option, else the creation option, else the default (null counts as given).
      const setting = <K extends keyof AnimationOptions>(name: K) =>
        [stepOptions[name], defaults[name], STEP_DEFAULTS[name]].find(value => value !== undefined)!
      actions.push({
        animates: [...current.values()],
        option: {
          transformOrigin: setting('transformOrigin'),
          transition: { duration: setting('duration'), timingFunction: setting('timingFunction'), delay: setting('delay') },
        },
      })
      return animation
    },
    scale: (sx: number = 1, sy?: number) => push('scale', [sx, sy === undefined ? sx : sy]),
    opacity: (value: number) => style('opacity', value),
    backgroundColor: (value: string) => style('backgroundColor', value),
  } as Record<string, unknown> as unknown as Animation
  for (const entry of TRANSFORMS.split(' ')) {
    const [type, digits] = entry.split(':')
    ;(animation as unknown as Record<string, unknown>)[type] = (...args: unknown[]) =>
      push(type, [...digits].map((digit, i) => args[i] === undefined ? Number(digit) : args[i]))
  }
  for (const name of LENGTHS) {
    ;(animation as unknown as Record<string, unknown>)[name] = (value: number | string) => style(name, typeof value === 'number' ? `${value}px` : value)
  }
  return animation
}
