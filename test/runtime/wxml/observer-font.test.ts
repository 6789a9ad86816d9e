import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createIntersectionObserver, loadFontFace } from '../../../runtime/wxml/index'
import type { ObserveResult } from '../../../runtime/wxml/intersection-observer'

let host: HTMLElement

beforeEach(() => {
  host = document.createElement('div')
  host.innerHTML = `
    <div id="scroll" style="height:100px;overflow:auto;position:relative">
      <div style="height:300px"></div>
      <div id="target" class="t" data-n="1" style="height:50px"></div>
      <div id="target2" class="t" style="height:50px"></div>
    </div>
    <div id="visible" style="height:10px"></div>
    <div style="position:relative">
      <div id="scroll2" style="height:100px;overflow:auto"><div style="height:300px"></div><div id="far" style="height:50px"></div><div style="height:300px"></div></div>
      <div id="zone" style="position:absolute;left:0;top:0;width:100%;height:100px;pointer-events:none"></div>
    </div>`
  document.body.appendChild(host)
})

afterEach(() => host.remove())

describe('createIntersectionObserver', () => {
  it('is silent while the target starts outside, then reports entering and leaving', async () => {
    const seen: ObserveResult[] = []
    let notify: () => void = () => {}
    const observer = createIntersectionObserver()
    observer.relativeTo('#scroll').observe('#target', (res) => {
      seen.push(res)
      notify()
    })
    const next = () => new Promise<void>(resolve => (notify = resolve))
    // Give the browser a frame to deliver (and us to drop) the initial report.
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    expect(seen).toEqual([])
    const entered = next()
    document.getElementById('scroll')!.scrollTop = 300
    await entered
    expect(seen[0]).toMatchObject({ id: 'target', dataset: { n: '1' }, intersectionRatio: 1 })
    expect(seen[0].relativeRect.height).toBe(100)
    expect(seen[0].intersectionRect.height).toBe(50)
    expect(typeof seen[0].time).toBe('number')
    const left = next()
    document.getElementById('scroll')!.scrollTop = 0
    await left
    expect(seen[1]).toMatchObject({ id: 'target', intersectionRatio: 0 })
    observer.disconnect()
  })

  it('reports a target that starts visible once (ratio differs from initialRatio 0)', async () => {
    const seen: ObserveResult[] = []
    const observer = createIntersectionObserver()
    await new Promise<void>((resolve) => {
      observer.relativeToViewport().observe('#visible', (res) => {
        seen.push(res)
        resolve()
      })
    })
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ id: 'visible', intersectionRatio: 1 })
    observer.disconnect()
  })

  it('observeAll watches every match; without it only the first', async () => {
    const ids: string[] = []
    const all = createIntersectionObserver(undefined, { observeAll: true })
    const first = createIntersectionObserver({ thresholds: [0] })
    let count = 0
    const done = new Promise<void>((resolve) => {
      const record = (tag: string) => (res: ObserveResult) => {
        ids.push(`${tag}:${res.id}`)
        if (++count === 3) resolve()
      }
      all.relativeTo('#scroll').observe('.t', record('all'))
      first.relativeTo('#scroll').observe('.t', record('first'))
    })
    await new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    document.getElementById('scroll')!.scrollTop = 400
    await done
    expect(ids.sort()).toEqual(['all:target', 'all:target2', 'first:target'])
    all.disconnect()
    first.disconnect()
  })
})

describe('relativeTo a node that does not contain the target', () => {
  it('measures against its rectangle after scrolls, and stops on disconnect', async () => {
    const seen: ObserveResult[] = []
    let notify: () => void = () => {}
    const next = () => new Promise<void>(resolve => (notify = resolve))
    const frames = () => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve)))
    const observer = createIntersectionObserver(undefined, { thresholds: [0, 1] })
    observer.relativeTo('#zone', { bottom: 10 }).observe('#far', (res) => {
      seen.push(res)
      notify()
    })
    await frames()
    expect(seen).toEqual([])
    const scroller = document.getElementById('scroll2')!
    const zone = document.getElementById('zone')!.getBoundingClientRect()
    const entered = next()
    scroller.scrollTop = 300
    await entered
    expect(seen[0]).toMatchObject({ id: 'far', intersectionRatio: 1 })
    expect(seen[0].relativeRect).toEqual({ left: zone.left, right: zone.right, top: zone.top, bottom: zone.bottom + 10, width: zone.width, height: 110 })
    expect(seen[0].intersectionRect.height).toBe(50)
    // Half out: crosses the 1 threshold (ratio between 0 and 1).
    const half = next()
    scroller.scrollTop = 325
    await half
    expect(seen[1].intersectionRatio).toBe(0.5)
    const left = next()
    scroller.scrollTop = 0
    await left
    expect(seen[2]).toMatchObject({ id: 'far', intersectionRatio: 0 })
    observer.disconnect()
    scroller.scrollTop = 300
    await frames()
    expect(seen).toHaveLength(3)
  })
})

describe('loadFontFace', () => {
  const font = '/node_modules/playwright-core/lib/vite/recorder/assets/codicon-DCmgc-ay.ttf'

  it('loads a font into document.fonts', async () => {
    const res = await loadFontFace({ family: 'WxTestIcons', source: `url("${font}")`, desc: { weight: 'normal' } })
    expect(res).toEqual({ status: 'loaded', errMsg: 'loadFontFace:ok' })
    expect(document.fonts.check('12px WxTestIcons')).toBe(true)
    // A bare URL works too.
    await expect(loadFontFace({ family: 'WxTestIcons2', source: font })).resolves.toEqual({ status: 'loaded', errMsg: 'loadFontFace:ok' })
  })

  it('fails with status error when the font does not load', async () => {
    const calls: unknown[] = []
    await new Promise<void>(resolve => loadFontFace({
      family: 'Missing',
      source: 'url("/no-such-font.woff2")',
      fail: res => calls.push(['fail', res]),
      complete: () => resolve(),
    }))
    expect(calls).toEqual([['fail', { errMsg: 'loadFontFace:fail A network error occurred.', status: 'error' }]])
  })

  it('checks its parameters', async () => {
    await expect(loadFontFace({ family: 'X' } as never)).rejects.toEqual({ errMsg: 'loadFontFace:fail parameter error: parameter.source should be String instead of Undefined;' })
  })
})
