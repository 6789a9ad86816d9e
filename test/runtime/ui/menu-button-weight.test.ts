import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { getMenuButtonBoundingClientRect, offMenuButtonBoundingClientRectWeightChange, onMenuButtonBoundingClientRectWeightChange } from '../../../runtime/ui'
import { capsule } from '../../../runtime/ui/menu-button'

type Rect = ReturnType<typeof getMenuButtonBoundingClientRect>

// A stand-in navigation bar: the capsule is positioned against it, as the real bar does.
let bar: HTMLElement
beforeEach(async () => {
  bar = document.createElement('div')
  bar.style.cssText = 'position:fixed;left:0;top:0;width:400px;height:44px'
  bar.appendChild(capsule())
  document.body.appendChild(bar)
  // Once installed (by an earlier test) the observer sees this new bar; let that settle while nobody listens.
  await frames()
})

afterEach(() => {
  offMenuButtonBoundingClientRectWeightChange()
  bar.remove()
})

/** Lets layout and ResizeObserver callbacks run (they are delivered before the next paint). */
async function frames(n = 3): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise(resolve => requestAnimationFrame(resolve))
}

function rectFor(barWidth: number): Rect {
  return { width: 87, height: 32, top: 6, bottom: 38, right: barWidth - 7, left: barWidth - 7 - 87 }
}

describe('onMenuButtonBoundingClientRectWeightChange', () => {
  it('calls each listener once per change of the capsule rect, with the new rect', async () => {
    const a: Rect[] = []
    const b: Rect[] = []
    onMenuButtonBoundingClientRectWeightChange(r => a.push(r))
    onMenuButtonBoundingClientRectWeightChange(r => b.push(r))
    await frames()
    expect(getMenuButtonBoundingClientRect()).toEqual(rectFor(400))
    expect(a).toEqual([])
    bar.style.width = '300px'
    await frames()
    expect(a).toEqual([rectFor(300)])
    expect(b).toEqual([rectFor(300)])
    bar.style.width = '360px'
    await frames()
    expect(a).toEqual([rectFor(300), rectFor(360)])
  })

  it('does not call listeners when a resize leaves the rect as it was', async () => {
    const seen: Rect[] = []
    onMenuButtonBoundingClientRectWeightChange(r => seen.push(r))
    await frames()
    bar.style.height = '60px'
    await frames()
    bar.style.width = '250px'
    bar.style.width = '400px'
    await frames()
    expect(seen).toEqual([])
  })

  it('off(listener) removes that listener, off() removes all; the same function is added once', async () => {
    const a: Rect[] = []
    const b: Rect[] = []
    const fa = (r: Rect) => a.push(r)
    const fb = (r: Rect) => b.push(r)
    onMenuButtonBoundingClientRectWeightChange(fa)
    onMenuButtonBoundingClientRectWeightChange(fa)
    onMenuButtonBoundingClientRectWeightChange(fb)
    await frames()
    bar.style.width = '320px'
    await frames()
    expect([a.length, b.length]).toEqual([1, 1])
    offMenuButtonBoundingClientRectWeightChange(fa)
    bar.style.width = '330px'
    await frames()
    expect([a.length, b.length]).toEqual([1, 2])
    offMenuButtonBoundingClientRectWeightChange()
    bar.style.width = '340px'
    await frames()
    expect([a.length, b.length]).toEqual([1, 2])
  })

  it('rejects a non-function listener with the wx parameter error', () => {
    expect(() => onMenuButtonBoundingClientRectWeightChange('x' as never)).toThrow('onMenuButtonBoundingClientRectWeightChange:fail parameter error: parameter.listener should be Function instead of String;')
    expect(() => offMenuButtonBoundingClientRectWeightChange(1 as never)).toThrow('offMenuButtonBoundingClientRectWeightChange:fail parameter error: parameter.listener should be Function instead of Number;')
  })
})
