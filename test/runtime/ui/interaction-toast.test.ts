import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { hideLoading, hideToast, showLoading, showToast } from '../../../runtime/ui/interaction'
import { ICON_PATHS } from '../../../runtime/ui/icons'
import { $, $$, flush, pageButton, spies, XSS } from './helpers'

const NOT_FOUND = ':fail:toast can\'t be found'

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(async () => {
  await hideToast().catch(() => {})
  vi.useRealTimers()
  document.querySelectorAll('body > button').forEach(b => b.remove())
})

describe('showToast', () => {
  it('shows the title with a success icon in a polite status region and resolves at once', async () => {
    await expect(showToast({ title: '成功' })).resolves.toEqual({ errMsg: 'showToast:ok' })
    const box = $('.wx-toast')!
    expect(box.getAttribute('role')).toBe('status')
    expect($('.wx-tt')!.textContent).toBe('成功')
    expect($('svg.wx-ti path')!.getAttribute('d')).toBe(ICON_PATHS.success)
    expect($('svg.wx-ti')!.getAttribute('aria-hidden')).toBe('true')
    expect(document.querySelectorAll('#wx-h5-ui')).toHaveLength(1)
  })

  it('hides itself after the default 1500 ms', async () => {
    await showToast({ title: 'a' })
    vi.advanceTimersByTime(1499)
    expect($('.wx-toast')).not.toBeNull()
    vi.advanceTimersByTime(1)
    expect($('.wx-toast')).toBeNull()
  })

  it('honours a custom duration', async () => {
    await showToast({ title: 'a', duration: 3000 })
    vi.advanceTimersByTime(2999)
    expect($('.wx-toast')).not.toBeNull()
    vi.advanceTimersByTime(1)
    expect($('.wx-toast')).toBeNull()
  })

  it('keeps a toast with a huge duration (past setTimeout range) on screen', async () => {
    await showToast({ title: 'a', duration: Infinity })
    vi.advanceTimersByTime(1e9)
    expect($('.wx-toast')).not.toBeNull()
  })

  it('draws error and loading icons; loading spins', async () => {
    await showToast({ title: 'e', icon: 'error' })
    expect($('svg.wx-ti path')!.getAttribute('d')).toBe(ICON_PATHS.error)
    await showToast({ title: 'l', icon: 'loading' })
    expect($('svg.wx-ti')!.getAttribute('class')).toBe('wx-ti wx-spin')
    expect($('svg.wx-ti path')!.getAttribute('d')).toBe(ICON_PATHS.loading)
  })

  it('shows text only with icon none', async () => {
    await showToast({ title: 'only text', icon: 'none' })
    expect($('.wx-toast')!.className).toBe('wx-toast wx-tx')
    expect($('.wx-ti')).toBeNull()
  })

  it('falls back to the success icon for an unknown icon', async () => {
    await showToast({ title: 'x', icon: 'bogus' as 'none' })
    expect($('svg.wx-ti path')!.getAttribute('d')).toBe(ICON_PATHS.success)
  })

  it('shows image instead of the icon', async () => {
    await showToast({ title: 'img', icon: 'error', image: '/logo.png' })
    const img = $<HTMLImageElement>('img.wx-ti')!
    expect(img.getAttribute('src')).toBe('/logo.png')
    expect($('svg')).toBeNull()
  })

  it('requires a String title and a Number duration, with wx wording', async () => {
    await expect(showToast()).rejects.toEqual({ errMsg: 'showToast:fail parameter error: parameter.title should be String instead of Undefined;' })
    await expect(showToast({ title: 1 as unknown as string })).rejects.toEqual({ errMsg: 'showToast:fail parameter error: parameter.title should be String instead of Number;' })
    await expect(showToast({ title: 'a', duration: '2000' as unknown as number })).rejects.toEqual({ errMsg: 'showToast:fail parameter error: parameter.duration should be Number instead of String;' })
    expect($('.wx-toast')).toBeNull()
  })

  it('calls success then complete once each, and returns undefined', async () => {
    const s = spies()
    expect(showToast({ title: 'cb', ...s })).toBeUndefined()
    await flush()
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'showToast:ok' })
  })

  it('a second toast replaces the first; the first timer does not cut the second short', async () => {
    const first = spies()
    const second = spies()
    showToast({ title: 'one', ...first })
    vi.advanceTimersByTime(1000)
    showToast({ title: 'two', ...second })
    await flush()
    expect($$('.wx-toast')).toHaveLength(1)
    expect($('.wx-tt')!.textContent).toBe('two')
    vi.advanceTimersByTime(1000) // 2000 ms after the first: its timer must not hide "two"
    expect($('.wx-tt')!.textContent).toBe('two')
    vi.advanceTimersByTime(500)
    expect($('.wx-toast')).toBeNull()
    expect(first.calls).toEqual(['success', 'complete'])
    expect(second.calls).toEqual(['success', 'complete'])
  })

  it('keeps text as text: markup payloads never become elements or run', async () => {
    vi.useRealTimers()
    ;(window as unknown as { __xss?: number }).__xss = undefined
    for (const payload of XSS) {
      await showToast({ title: payload, icon: 'none' })
      expect($('.wx-tt')!.textContent).toBe(payload)
      expect($$('img, script')).toHaveLength(0)
      expect($$('svg')).toHaveLength(0)
    }
    await showToast({ title: 'i', image: 'x" onerror="window.__xss=4' })
    expect($('img')!.getAttribute('onerror')).toBeNull()
    await new Promise(resolve => setTimeout(resolve, 100))
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined()
  })
})

describe('showLoading / hideLoading', () => {
  it('shows a spinner with the title until hidden', async () => {
    await expect(showLoading({ title: '加载中' })).resolves.toEqual({ errMsg: 'showLoading:ok' })
    expect($('.wx-tt')!.textContent).toBe('加载中')
    expect($('svg.wx-spin')).not.toBeNull()
    vi.advanceTimersByTime(600_000)
    expect($('.wx-toast')).not.toBeNull()
    await expect(hideLoading()).resolves.toEqual({ errMsg: 'hideLoading:ok' })
    expect($('.wx-toast')).toBeNull()
  })

  it('requires a String title', async () => {
    await expect(showLoading({})).rejects.toEqual({ errMsg: 'showLoading:fail parameter error: parameter.title should be String instead of Undefined;' })
  })

  it('shares one slot with the toast: each replaces the other', async () => {
    await showToast({ title: 'toast' })
    await showLoading({ title: 'loading' })
    expect($$('.wx-toast')).toHaveLength(1)
    expect($('.wx-tt')!.textContent).toBe('loading')
    vi.advanceTimersByTime(5000) // the replaced toast's timer never hides the loading
    expect($('.wx-tt')!.textContent).toBe('loading')
    await showToast({ title: 'toast 2' })
    expect($$('.wx-toast')).toHaveLength(1)
    expect($('.wx-tt')!.textContent).toBe('toast 2')
  })
})

describe('hideToast / hideLoading and noConflict', () => {
  it('mix by default: hideToast closes a loading, hideLoading closes a toast', async () => {
    await showLoading({ title: 'l' })
    await expect(hideToast()).resolves.toEqual({ errMsg: 'hideToast:ok' })
    expect($('.wx-toast')).toBeNull()
    await showToast({ title: 't' })
    await expect(hideLoading()).resolves.toEqual({ errMsg: 'hideLoading:ok' })
    expect($('.wx-toast')).toBeNull()
  })

  it('with noConflict, hideToast leaves a loading open and fails', async () => {
    await showLoading({ title: 'l' })
    await expect(hideToast({ noConflict: true })).rejects.toEqual({ errMsg: `hideToast${NOT_FOUND}` })
    expect($('.wx-tt')!.textContent).toBe('l')
    await expect(hideLoading({ noConflict: true })).resolves.toEqual({ errMsg: 'hideLoading:ok' })
    expect($('.wx-toast')).toBeNull()
  })

  it('with noConflict, hideLoading leaves a toast open and fails', async () => {
    await showToast({ title: 't' })
    await expect(hideLoading({ noConflict: true })).rejects.toEqual({ errMsg: `hideLoading${NOT_FOUND}` })
    expect($('.wx-tt')!.textContent).toBe('t')
    await expect(hideToast({ noConflict: true })).resolves.toEqual({ errMsg: 'hideToast:ok' })
  })

  it('fails when nothing is shown, with fail then complete once', async () => {
    const s = spies()
    hideToast(s)
    await flush()
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: `hideToast${NOT_FOUND}` })
    await showToast({ title: 'gone', duration: 10 })
    vi.advanceTimersByTime(10)
    await expect(hideLoading()).rejects.toEqual({ errMsg: `hideLoading${NOT_FOUND}` })
  })
})

describe('mask', () => {
  it('without mask, clicks reach the page through the toast', async () => {
    const button = pageButton()
    const onClick = vi.fn()
    button.onclick = onClick
    await showToast({ title: 'no mask' })
    const box = $('.wx-toast')!.getBoundingClientRect()
    expect(document.elementFromPoint(box.x + 10, box.y + 10)).toBe(button)
    await userEvent.click(button, { position: { x: 5, y: 5 } })
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('with mask, a transparent layer takes the clicks and the page gets none', async () => {
    const button = pageButton()
    const onClick = vi.fn()
    button.onclick = onClick
    await showLoading({ title: 'masked', mask: true })
    const host = document.getElementById('wx-h5-ui')!
    expect(getComputedStyle(host).pointerEvents).toBe('none')
    expect(document.elementFromPoint(5, 5)).toBe(host)
    expect(getComputedStyle($('.wx-mask')!).pointerEvents).toBe('auto')
    await userEvent.click(button, { position: { x: 5, y: 5 }, force: true })
    expect(onClick).not.toHaveBeenCalled()
    await hideLoading()
    expect(document.elementFromPoint(5, 5)).toBe(button)
  })
})
