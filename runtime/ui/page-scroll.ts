import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { pageWindow } from '../route/app-config'
import { hook, type PageRecord } from '../route/page-record'
import { topRecord } from '../route/stack'

/**
 * Page scrolling. Each page scrolls in its own container (so a page below the top keeps its
 * offset); onPageScroll and onReachBottom come from that container's scroll events.
 */
export function attachPageScroll(record: PageRecord): void {
  let nearBottom = false
  record.container.addEventListener('scroll', () => {
    if (record.container.hidden || record.unloaded) return
    const el = record.container
    hook(record, 'onPageScroll', { scrollTop: el.scrollTop })
    const distance = Number(pageWindow(record.route).onReachBottomDistance ?? 50)
    const reached = el.scrollHeight - el.clientHeight - el.scrollTop <= distance
    // Fires once on entering the bottom zone; scrolling back out re-arms it.
    if (reached && !nearBottom) hook(record, 'onReachBottom')
    nearBottom = reached
  }, { passive: true })
}

const animations = new WeakMap<HTMLElement, () => void>()

function animateScroll(el: HTMLElement, to: number, duration: number): Promise<void> {
  animations.get(el)?.()
  if (duration <= 0) {
    el.scrollTop = to
    return Promise.resolve()
  }
  const from = el.scrollTop
  const start = performance.now()
  return new Promise((resolve) => {
    let frame = 0
    const finish = (): void => {
      cancelAnimationFrame(frame)
      animations.delete(el)
      resolve()
    }
    animations.set(el, finish)
    const step = (now: number): void => {
      const t = Math.min((now - start) / duration, 1)
      // ease-in-out, like a native smooth scroll
      const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2
      el.scrollTop = from + (to - from) * eased
      if (t < 1) frame = requestAnimationFrame(step)
      else finish()
    }
    frame = requestAnimationFrame(step)
  })
}

type ScrollOptions = { scrollTop?: number, selector?: string, offsetTop?: number, duration?: number }

export const pageScrollTo = /* @__PURE__ */ defineAsync<ScrollOptions>('pageScrollTo', (o) => {
  checkParams(o, { scrollTop: 'Number?', selector: 'String?', offsetTop: 'Number?', duration: 'Number?' })
  if (o.scrollTop === undefined && o.selector === undefined) throw fail('one of scrollTop and selector is required')
  const record = topRecord()
  if (!record) throw fail('page not found')
  const el = record.container
  let to: number
  if (o.selector !== undefined) {
    // selector wins over scrollTop; offsetTop shifts the selected node's position.
    const target = record.body.querySelector(o.selector)
    if (!target) throw fail(`selector "${o.selector}" matched no node`)
    to = target.getBoundingClientRect().top - el.getBoundingClientRect().top + el.scrollTop + (o.offsetTop ?? 0)
  }
  else {
    to = o.scrollTop!
  }
  const max = Math.max(0, el.scrollHeight - el.clientHeight)
  return animateScroll(el, Math.min(Math.max(0, to), max), o.duration ?? 300)
})
