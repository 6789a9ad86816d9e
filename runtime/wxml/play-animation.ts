import type { Animate, AnimationAction, AnimationData } from './animation'

/**
 * Plays `createAnimation().export()` data on an element with the Web Animations API: the
 * renderer's side of a component's `animation` attribute (not a wx API). Steps run one
 * after another, each a transition from the element's current state to the step's
 * transforms and styles, with the step's duration, delay, timing function and transform
 * origin; the end state stays applied. Resolves when the last step has finished.
 */
const ANGLE = new Set(['rotate', 'rotateX', 'rotateY', 'rotateZ', 'skew', 'skewX', 'skewY'])
const LENGTH = new Set(['translate', 'translate3d', 'translateX', 'translateY', 'translateZ'])

function unit(type: string, value: unknown, index: number): string {
  if (typeof value !== 'number') return String(value)
  if (type === 'rotate3d') return index === 3 ? `${value}deg` : String(value)
  if (ANGLE.has(type)) return `${value}deg`
  if (LENGTH.has(type)) return `${value}px`
  return String(value)
}

/** The CSS transform of a step's animates, in the order they were recorded. */
export function transformOf(animates: Animate[]): string {
  return animates
    .filter(a => a.type !== 'style')
    .map(a => `${a.type}(${a.args.map((v, i) => unit(a.type, v, i)).join(', ')})`)
    .join(' ')
}

/** The keyframe a step animates to: `transform` plus its styles. */
export function keyframeOf(action: AnimationAction): Keyframe {
  const frame: Keyframe = {}
  const transform = transformOf(action.animates)
  if (transform) frame.transform = transform
  for (const a of action.animates) {
    if (a.type === 'style') frame[String(a.args[0])] = a.args[1] as string | number
  }
  return frame
}

export async function playAnimation(element: Element, data: AnimationData): Promise<void> {
  const el = element as HTMLElement
  for (const action of data?.actions ?? []) {
    const { transition, transformOrigin } = action.option
    el.style.transformOrigin = transformOrigin
    const frame = keyframeOf(action)
    const animation = el.animate([frame], {
      duration: transition.duration,
      delay: transition.delay,
      easing: transition.timingFunction,
      fill: 'forwards',
    })
    await animation.finished
    // Keep the end state as plain style, so the next step starts from it.
    Object.assign(el.style, frame)
    animation.cancel()
  }
}
