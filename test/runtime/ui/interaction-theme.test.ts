import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { cdp, page } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
import { hideToast, showActionSheet, showLoading, showModal, showToast } from '../../../runtime/ui/interaction'
import { $, shadow } from './helpers'

// Screenshots need still frames: reduced motion turns the fades, slides and spinner off
// (that is also the real media query under test). The viewport is fixed; the text is ASCII
// because this machine's Chromium has no CJK font. Dark mode is pinned with
// configure({ theme }) for the pictures and emulated for real in the media-query tests.
function emulate(features: Array<{ name: string, value: string }>): Promise<unknown> {
  return cdp().send('Emulation.setEmulatedMedia', { features })
}

beforeAll(async () => {
  await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }, { name: 'prefers-color-scheme', value: 'light' }])
  await page.viewport(375, 667)
  configure({ locale: 'en' })
})

afterAll(async () => {
  await emulate([])
  configure({ locale: 'zh-CN', theme: undefined })
})

afterEach(async () => {
  await hideToast().catch(() => {})
  // Settle anything still open so the next test starts from an empty host.
  for (const cancel of shadow().querySelectorAll<HTMLButtonElement>('.wx-sc, .wx-mf .wx-b:first-child')) cancel.click()
  await Promise.resolve()
})

/** Removes focus rings, which depend on the last input device, before a picture. */
function blurAll(): void {
  (shadow().activeElement as HTMLElement | null)?.blur()
}

for (const theme of ['light', 'dark'] as const) {
  describe(`screenshots, ${theme}`, () => {
    beforeAll(() => {
      configure({ theme })
    })

    it('toast', async () => {
      await showToast({ title: 'Saved' })
      await expect.element(page.elementLocator($('.wx-toast')!)).toMatchScreenshot(`toast-${theme}`)
    })

    it('text toast', async () => {
      await showToast({ title: 'Network is slow, please try again later', icon: 'none' })
      await expect.element(page.elementLocator($('.wx-toast')!)).toMatchScreenshot(`toast-text-${theme}`)
    })

    it('loading', async () => {
      await showLoading({ title: 'Loading' })
      await expect.element(page.elementLocator($('.wx-toast')!)).toMatchScreenshot(`loading-${theme}`)
    })

    it('modal', async () => {
      const result = showModal({ title: 'Delete photo', content: 'The photo will be removed from this album.' })
      blurAll()
      await expect.element(page.elementLocator($('.wx-md')!)).toMatchScreenshot(`modal-${theme}`)
      $<HTMLButtonElement>('.wx-mf .wx-b')!.click()
      await result
    })

    it('editable modal', async () => {
      const result = showModal({ title: 'Rename', editable: true, placeholderText: 'New name' })
      blurAll()
      await expect.element(page.elementLocator($('.wx-md')!)).toMatchScreenshot(`modal-editable-${theme}`)
      $<HTMLButtonElement>('.wx-mf .wx-b')!.click()
      await result
    })

    it('action sheet', async () => {
      const result = showActionSheet({ itemList: ['Take photo', 'Choose from album'], alertText: 'Change avatar' }).catch(e => e)
      blurAll()
      await expect.element(page.elementLocator($('.wx-sh')!)).toMatchScreenshot(`action-sheet-${theme}`)
      $<HTMLButtonElement>('.wx-sc')!.click()
      expect(await result).toEqual({ errMsg: 'showActionSheet:fail cancel' })
    })
  })
}

describe('media queries (emulated through the DevTools protocol)', () => {
  afterAll(async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }])
  })

  it('follows prefers-color-scheme unless configure({ theme }) pins one', async () => {
    configure({ theme: undefined })
    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }])
    const dark = showModal({ content: 'scheme' })
    const card = $('.wx-md')!
    expect(document.getElementById('wx-h5-ui')!.getAttribute('data-theme')).toBe('')
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(44, 44, 44)')
    expect(getComputedStyle($('.wx-mf .wx-b:last-child')!).color).toBe('rgb(125, 144, 169)')
    await emulate([{ name: 'prefers-color-scheme', value: 'light' }])
    expect(getComputedStyle(card).backgroundColor).toBe('rgb(255, 255, 255)')
    expect(getComputedStyle($('.wx-mf .wx-b:last-child')!).color).toBe('rgb(87, 107, 149)')
    $<HTMLButtonElement>('.wx-mf .wx-b')!.click()
    await dark

    await emulate([{ name: 'prefers-color-scheme', value: 'dark' }])
    configure({ theme: 'light' })
    const pinned = showModal({ content: 'pinned' })
    expect(document.getElementById('wx-h5-ui')!.getAttribute('data-theme')).toBe('light')
    expect(getComputedStyle($('.wx-md')!).backgroundColor).toBe('rgb(255, 255, 255)')
    $<HTMLButtonElement>('.wx-mf .wx-b')!.click()
    await pinned
  })

  it('lets page CSS override the custom properties on the host', async () => {
    configure({ theme: undefined })
    const style = document.createElement('style')
    style.textContent = '#wx-h5-ui{--wx-ok:#ff0000;--wx-bg:#00ff00}'
    document.head.appendChild(style)
    const result = showModal({ content: 'custom' })
    expect(getComputedStyle($('.wx-mf .wx-b:last-child')!).color).toBe('rgb(255, 0, 0)')
    expect(getComputedStyle($('.wx-md')!).backgroundColor).toBe('rgb(0, 255, 0)')
    style.remove()
    $<HTMLButtonElement>('.wx-mf .wx-b')!.click()
    await result
  })

  it('turns animations off under prefers-reduced-motion', async () => {
    await emulate([{ name: 'prefers-reduced-motion', value: 'no-preference' }])
    await showLoading({ title: 'motion' })
    expect(getComputedStyle($('.wx-toast')!).animationDuration).toBe('0.2s')
    expect(getComputedStyle($('.wx-spin')!).animationDuration).toBe('1s')
    await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }])
    expect(getComputedStyle($('.wx-toast')!).animationDuration).toBe('0s')
    expect(getComputedStyle($('.wx-spin')!).animationDuration).toBe('0s')
  })
})
