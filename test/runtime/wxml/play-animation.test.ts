import { afterEach, expect, it, vi } from 'vitest'
import { createAnimation } from '../../../runtime/wxml/index'
import { keyframeOf, playAnimation, transformOf } from '../../../runtime/wxml/play-animation'

afterEach(() => {
  vi.restoreAllMocks()
  document.body.replaceChildren()
})

it('turns animates into CSS transforms with units', () => {
  expect(transformOf([
    { type: 'rotate', args: [45] },
    { type: 'translate', args: [10, '2rem'] },
    { type: 'scale', args: [2, 2] },
    { type: 'rotate3d', args: [1, 0, 0, 30] },
    { type: 'skewX', args: [5] },
    { type: 'matrix', args: [1, 0, 0, 1, 0, 0] },
    { type: 'style', args: ['width', '10px'] },
  ])).toBe('rotate(45deg) translate(10px, 2rem) scale(2, 2) rotate3d(1, 0, 0, 30deg) skewX(5deg) matrix(1, 0, 0, 1, 0, 0)')
})

it('plays the steps in order with each step option, keeping the end state', async () => {
  const el = document.createElement('div')
  document.body.appendChild(el)
  const animate = vi.spyOn(el, 'animate')
  const animation = createAnimation({ duration: 0, timingFunction: 'ease', transformOrigin: 'left top 0' })
  animation.rotate(45).width(10).step()
  animation.opacity(0.5).backgroundColor('rgb(255, 0, 0)').step({ delay: 0, timingFunction: 'ease-in-out' })
  const data = animation.export()
  expect(keyframeOf(data.actions[1])).toEqual({ transform: 'rotate(45deg)', width: '10px', opacity: 0.5, backgroundColor: 'rgb(255, 0, 0)' })
  await playAnimation(el, data)
  expect(animate.mock.calls.map(c => c[1])).toEqual([
    { duration: 0, delay: 0, easing: 'ease', fill: 'forwards' },
    { duration: 0, delay: 0, easing: 'ease-in-out', fill: 'forwards' },
  ])
  expect(animate.mock.calls.map(c => c[0])).toEqual([
    [{ transform: 'rotate(45deg)', width: '10px' }],
    [{ transform: 'rotate(45deg)', width: '10px', opacity: 0.5, backgroundColor: 'rgb(255, 0, 0)' }],
  ])
  expect(el.getAnimations()).toEqual([])
  expect([el.style.transform, el.style.width, el.style.opacity, el.style.backgroundColor, el.style.transformOrigin])
    .toEqual(['rotate(45deg)', '10px', '0.5', 'rgb(255, 0, 0)', 'left top 0px'])
})

it('does nothing for empty data', async () => {
  const el = document.createElement('div')
  await playAnimation(el, { actions: [] })
  await playAnimation(el, undefined as never)
  expect(el.getAttribute('style')).toBeNull()
})
