import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
import { showActionSheet } from '../../../runtime/ui/interaction'
import { $, $$, flush, pageButton, shadow, spies, XSS } from './helpers'

const items = () => $$<HTMLButtonElement>('.wx-sh > .wx-b:not(.wx-sc)')
const cancelButton = () => $<HTMLButtonElement>('.wx-sc')!
const CANCEL = { errMsg: 'showActionSheet:fail cancel' }

afterEach(() => {
  configure({ locale: 'zh-CN' })
  document.querySelectorAll('body > button').forEach(b => b.remove())
  expect($$('.wx-sh')).toHaveLength(0)
})

describe('showActionSheet', () => {
  it('renders a bottom sheet of items, alert text and cancel; resolves the tapped index', async () => {
    const result = showActionSheet({ itemList: ['A', 'B', 'C'], alertText: '选择', itemColor: '#ff0000' })
    const sheet = $('.wx-sh')!
    expect(sheet.getAttribute('role')).toBe('dialog')
    expect(sheet.getAttribute('aria-modal')).toBe('true')
    expect(sheet.getAttribute('aria-label')).toBe('选择')
    expect($('.wx-sa')!.textContent).toBe('选择')
    expect(items().map(b => b.textContent)).toEqual(['A', 'B', 'C'])
    expect(getComputedStyle(items()[1]).color).toBe('rgb(255, 0, 0)')
    expect(cancelButton().textContent).toBe('取消')
    expect($('.wx-dim')!.className).toBe('wx-mask wx-dim wx-sl')
    items()[2].click()
    await expect(result).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 2 })
    expect($('.wx-dim')).toBeNull()
  })

  it('fails with "cancel" from the cancel button, fail then complete once', async () => {
    const s = spies()
    expect(showActionSheet({ itemList: ['A'], ...s })).toBeUndefined()
    cancelButton().click()
    await flush()
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith(CANCEL)
  })

  it('a tap on the mask cancels; a tap on the sheet does not', async () => {
    const result = showActionSheet({ itemList: ['A'], alertText: 'alert' })
    $('.wx-sa')!.click()
    expect($('.wx-sh')).not.toBeNull()
    $('.wx-dim')!.click()
    await expect(result).rejects.toEqual(CANCEL)
  })

  it('Escape cancels', async () => {
    const result = expect(showActionSheet({ itemList: ['A', 'B'] })).rejects.toEqual(CANCEL)
    await userEvent.keyboard('{Escape}')
    await result
  })

  it('enforces itemList: an Array of 1 to 6 items', async () => {
    await expect(showActionSheet({})).rejects.toEqual({ errMsg: 'showActionSheet:fail parameter error: parameter.itemList should be Array instead of Undefined;' })
    await expect(showActionSheet({ itemList: 'A' as unknown as string[] })).rejects.toEqual({ errMsg: 'showActionSheet:fail parameter error: parameter.itemList should be Array instead of String;' })
    await expect(showActionSheet({ itemList: [] })).rejects.toEqual({ errMsg: 'showActionSheet:fail parameter error: parameter.itemList should have at least 1 item;' })
    await expect(showActionSheet({ itemList: ['1', '2', '3', '4', '5', '6', '7'] })).rejects.toEqual({ errMsg: 'showActionSheet:fail parameter error: itemList should not be large than 6' })
    await expect(showActionSheet({ itemList: ['A'], itemColor: 0 as unknown as string })).rejects.toEqual({ errMsg: 'showActionSheet:fail parameter error: parameter.itemColor should be String instead of Number;' })
    expect($('.wx-sh')).toBeNull()
    const six = showActionSheet({ itemList: ['1', '2', '3', '4', '5', '6'] })
    expect(items()).toHaveLength(6)
    items()[5].click()
    await expect(six).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 5 })
  })

  it('focuses the first item, traps Tab and returns focus', async () => {
    const opener = pageButton('opener')
    opener.focus()
    const result = showActionSheet({ itemList: ['A', 'B'] })
    const [a, b] = items()
    expect(shadow().activeElement).toBe(a)
    await userEvent.keyboard('{Tab}')
    expect(shadow().activeElement).toBe(b)
    await userEvent.keyboard('{Tab}')
    expect(shadow().activeElement).toBe(cancelButton())
    await userEvent.keyboard('{Tab}')
    expect(shadow().activeElement).toBe(a)
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    expect(shadow().activeElement).toBe(cancelButton())
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}{Enter}')
    await expect(result).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 1 })
    expect(document.activeElement).toBe(opener)
  })

  it('keeps clicks off the page', async () => {
    const button = pageButton()
    const onClick = vi.fn()
    button.onclick = onClick
    // The click lands on the mask: no page click, and the sheet cancels.
    const result = expect(showActionSheet({ itemList: ['A'] })).rejects.toEqual(CANCEL)
    expect(document.elementFromPoint(2, 2)).toBe(document.getElementById('wx-h5-ui'))
    await userEvent.click(button, { position: { x: 2, y: 2 }, force: true })
    expect(onClick).not.toHaveBeenCalled()
    await result
  })

  it('uses the en labels with configure({ locale: "en" })', async () => {
    configure({ locale: 'en' })
    const result = showActionSheet({ itemList: ['A'] })
    expect(cancelButton().textContent).toBe('Cancel')
    expect($('.wx-sh')!.getAttribute('aria-label')).toBe('Actions')
    cancelButton().click()
    await expect(result).rejects.toEqual(CANCEL)
  })

  it('keeps markup as text', async () => {
    ;(window as unknown as { __xss?: number }).__xss = undefined
    const result = showActionSheet({ itemList: XSS, alertText: XSS[0] })
    expect(items().map(b => b.textContent)).toEqual(XSS)
    expect($('.wx-sa')!.textContent).toBe(XSS[0])
    expect($$('img, script, svg')).toHaveLength(0)
    items()[0].click()
    await result
    await new Promise(resolve => setTimeout(resolve, 100))
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined()
  })

  it('a second sheet stacks on the first; both settle', async () => {
    const first = showActionSheet({ itemList: ['first'] })
    const second = expect(showActionSheet({ itemList: ['second'] })).rejects.toEqual(CANCEL)
    expect($$('.wx-sh')).toHaveLength(2)
    await userEvent.keyboard('{Escape}')
    await second
    expect(items().map(b => b.textContent)).toEqual(['first'])
    await userEvent.keyboard('{Enter}')
    await expect(first).resolves.toEqual({ errMsg: 'showActionSheet:ok', tapIndex: 0 })
  })
})
