import { describe, expect, it } from 'vitest'
import { createAnimation } from '../../../runtime/wxml/index'

const option = (duration = 400, timingFunction = 'linear', delay = 0, transformOrigin = '50% 50% 0') =>
  ({ transformOrigin, transition: { duration, timingFunction, delay } })

describe('createAnimation', () => {
  it('exports steps with animates and the default option', () => {
    const animation = createAnimation()
    animation.opacity(0.2).translate(-100, -100).step()
    expect(animation.export()).toEqual({
      actions: [{
        animates: [{ type: 'style', args: ['opacity', 0.2] }, { type: 'translate', args: [-100, -100] }],
        option: option(),
      }],
    })
  })

  it('takes creation options and per-step overrides', () => {
    const animation = createAnimation({ duration: 1000, timingFunction: 'ease', delay: 50, transformOrigin: 'left top 0' })
    animation.rotate(45).step().scale(2).step({ duration: 200, timingFunction: 'ease-in' })
    const { actions } = animation.export()
    expect(actions.map(a => a.option)).toEqual([option(1000, 'ease', 50, 'left top 0'), option(200, 'ease-in', 50, 'left top 0')])
  })

  it('accumulates animates across steps, the latest value per type or style', () => {
    const animation = createAnimation()
    animation.rotate(90).width(10).step()
    animation.scale(2).width('50%').step()
    animation.rotate(180).step()
    expect(animation.export().actions.map(a => a.animates)).toEqual([
      [{ type: 'rotate', args: [90] }, { type: 'style', args: ['width', '10px'] }],
      [{ type: 'rotate', args: [90] }, { type: 'style', args: ['width', '50%'] }, { type: 'scale', args: [2, 2] }],
      [{ type: 'rotate', args: [180] }, { type: 'style', args: ['width', '50%'] }, { type: 'scale', args: [2, 2] }],
    ])
  })

  it('fills argument defaults and gives lengths px', () => {
    const animation = createAnimation()
    animation.scale(2, 3).translate3d(1).skew().matrix().rotate3d(1, 1, 0, 30).backgroundColor('#f00')
      .height(5).top(1).left(2).right('3rem').bottom(4).step()
    expect(animation.export().actions[0].animates).toEqual([
      { type: 'scale', args: [2, 3] },
      { type: 'translate3d', args: [1, 0, 0] },
      { type: 'skew', args: [0, 0] },
      { type: 'matrix', args: [1, 0, 0, 1, 0, 0] },
      { type: 'rotate3d', args: [1, 1, 0, 30] },
      { type: 'style', args: ['backgroundColor', '#f00'] },
      { type: 'style', args: ['height', '5px'] },
      { type: 'style', args: ['top', '1px'] },
      { type: 'style', args: ['left', '2px'] },
      { type: 'style', args: ['right', '3rem'] },
      { type: 'style', args: ['bottom', '4px'] },
    ])
  })

  it('export empties the recorded steps; un-stepped calls are not exported', () => {
    const animation = createAnimation()
    animation.opacity(1).step()
    expect(animation.export().actions).toHaveLength(1)
    expect(animation.export()).toEqual({ actions: [] })
    animation.opacity(0)
    expect(animation.export()).toEqual({ actions: [] })
  })

  it('every method chains', () => {
    const animation = createAnimation()
    const names = ['matrix', 'matrix3d', 'rotate', 'rotate3d', 'rotateX', 'rotateY', 'rotateZ', 'scale', 'scale3d', 'scaleX', 'scaleY', 'scaleZ', 'skew', 'skewX', 'skewY', 'translate', 'translate3d', 'translateX', 'translateY', 'translateZ', 'opacity', 'backgroundColor', 'width', 'height', 'left', 'right', 'top', 'bottom', 'step'] as const
    for (const name of names) expect((animation[name] as (...a: unknown[]) => unknown)(1)).toBe(animation)
  })
})
