import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
import { setLabels } from '../../../runtime/internal/ui-host'
import { showModal } from '../../../runtime/ui/interaction'
import { $, $$, flush, pageButton, shadow, spies, XSS } from './helpers'

const buttons = () => $$<HTMLButtonElement>('.wx-md:last-of-type .wx-mf button')
const topButtons = () => {
  const dialogs = $$('.wx-md')
  return [...dialogs[dialogs.length - 1].querySelectorAll<HTMLButtonElement>('.wx-mf button')]
}

afterEach(() => {
  configure({ locale: 'zh-CN' })
  document.querySelectorAll('body > button').forEach(b => b.remove())
  expect($$('.wx-md')).toHaveLength(0)
})

describe('showModal', () => {
  it('renders an alertdialog card with title, content and the default buttons', async () => {
    const result = showModal({ title: '提示', content: '这是一个模态弹窗' })
    const dialog = $('.wx-md')!
    expect(dialog.getAttribute('role')).toBe('alertdialog')
    expect(dialog.getAttribute('aria-modal')).toBe('true')
    expect(dialog.getAttribute('aria-label')).toBe('提示')
    expect($('.wx-mt')!.textContent).toBe('提示')
    expect($('.wx-mc')!.textContent).toBe('这是一个模态弹窗')
    const [cancel, confirm] = buttons()
    expect(cancel.textContent).toBe('取消')
    expect(confirm.textContent).toBe('确定')
    configure({ theme: 'light' })
    expect(getComputedStyle(cancel).color).toBe('rgb(0, 0, 0)')
    expect(getComputedStyle(confirm).color).toBe('rgb(87, 107, 149)')
    expect($('.wx-dim')!.parentNode).toBe(shadow())
    confirm.click()
    await expect(result).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
    configure({ theme: undefined })
  })

  it('resolves cancel: true from the cancel button and removes the modal', async () => {
    const result = showModal({ content: 'c' })
    buttons()[0].click()
    await expect(result).resolves.toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect($('.wx-dim')).toBeNull()
  })

  it('hides the cancel button with showCancel: false', async () => {
    const result = showModal({ content: 'c', showCancel: false })
    expect(buttons().map(b => b.textContent)).toEqual(['确定'])
    buttons()[0].click()
    await expect(result).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
  })

  it('applies custom texts and colours', async () => {
    const result = showModal({ content: 'c', cancelText: '算了', cancelColor: '#ff0000', confirmText: 'Go on', confirmColor: '#00ff00' })
    const [cancel, confirm] = buttons()
    expect([cancel.textContent, confirm.textContent]).toEqual(['算了', 'Go on'])
    expect(getComputedStyle(cancel).color).toBe('rgb(255, 0, 0)')
    expect(getComputedStyle(confirm).color).toBe('rgb(0, 255, 0)')
    confirm.click()
    await result
  })

  it('editable: a dialog whose input starts with content and reports what it holds', async () => {
    const result = showModal({ title: 'Name', content: 'Ann', editable: true, placeholderText: 'your name' })
    const input = $<HTMLTextAreaElement>('textarea.wx-mi')!
    expect($('.wx-md')!.getAttribute('role')).toBe('dialog')
    expect(input.value).toBe('Ann')
    expect(input.placeholder).toBe('your name')
    expect($('.wx-mc')).toBeNull()
    expect(shadow().activeElement).toBe(input)
    await userEvent.fill(input, 'Bob <b>')
    buttons()[1].click()
    await expect(result).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false, content: 'Bob <b>' })
  })

  it('editable: cancel also reports the content', async () => {
    const result = showModal({ editable: true })
    buttons()[0].click()
    await expect(result).resolves.toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true, content: '' })
  })

  it('limits button texts to 4 Chinese characters (8 ASCII), with the client wording', async () => {
    await expect(showModal({ confirmText: '确定确定确' })).rejects.toEqual({ errMsg: 'showModal:fail confirmText length should not larger than 4 Chinese characters' })
    await expect(showModal({ cancelText: 'Cancel it' })).rejects.toEqual({ errMsg: 'showModal:fail cancelText length should not larger than 4 Chinese characters' })
    await expect(showModal({ confirmText: '确定a', cancelText: '取消取消取消' })).rejects.toEqual({ errMsg: 'showModal:fail cancelText length should not larger than 4 Chinese characters' })
    expect($('.wx-md')).toBeNull()
    const ok = showModal({ confirmText: '四个汉字', cancelText: 'Cancel!!' })
    expect(buttons().map(b => b.textContent)).toEqual(['Cancel!!', '四个汉字'])
    buttons()[1].click()
    await ok
  })

  it('checks parameter types with wx wording', async () => {
    await expect(showModal({ title: 1 as unknown as string })).rejects.toEqual({ errMsg: 'showModal:fail parameter error: parameter.title should be String instead of Number;' })
    await expect(showModal({ content: null as unknown as string })).rejects.toEqual({ errMsg: 'showModal:fail parameter error: parameter.content should be String instead of Null;' })
  })

  it('calls success then complete once each', async () => {
    const s = spies()
    expect(showModal({ content: 'cb', ...s })).toBeUndefined()
    buttons()[1].click()
    await flush()
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'showModal:ok', confirm: true, cancel: false })
  })

  it('uses the en labels with configure({ locale: "en" })', async () => {
    configure({ locale: 'en' })
    const result = showModal({ content: 'c' })
    expect(buttons().map(b => b.textContent)).toEqual(['Cancel', 'OK'])
    buttons()[0].click()
    await result
  })

  it('takes translated labels from setLabels', async () => {
    setLabels('zh-CN', { 'ui.confirm': '好的', 'ui.cancel': '不了' })
    const result = showModal({ content: 'c' })
    expect(buttons().map(b => b.textContent)).toEqual(['不了', '好的'])
    buttons()[1].click()
    await result
    setLabels('zh-CN', { 'ui.confirm': '确定', 'ui.cancel': '取消' })
  })

  it('keeps markup as text', async () => {
    ;(window as unknown as { __xss?: number }).__xss = undefined
    for (const payload of XSS) {
      const result = showModal({ title: payload, content: payload, confirmText: payload.slice(0, 4) })
      expect($('.wx-mt')!.textContent).toBe(payload)
      expect($('.wx-mc')!.textContent).toBe(payload)
      expect($$('img, script, svg')).toHaveLength(0)
      buttons()[1].click()
      await result
    }
    await new Promise(resolve => setTimeout(resolve, 100))
    expect((window as unknown as { __xss?: number }).__xss).toBeUndefined()
  })
})

describe('showModal focus and keyboard', () => {
  it('moves focus in, traps Tab, and gives focus back on close', async () => {
    const opener = pageButton('opener')
    opener.focus()
    const result = showModal({ title: 't', content: 'c' })
    const [cancel, confirm] = buttons()
    expect(document.activeElement).toBe(document.getElementById('wx-h5-ui'))
    expect(shadow().activeElement).toBe(confirm)
    await userEvent.keyboard('{Tab}')
    expect(shadow().activeElement).toBe(cancel)
    await userEvent.keyboard('{Tab}')
    expect(shadow().activeElement).toBe(confirm)
    await userEvent.keyboard('{Shift>}{Tab}{/Shift}')
    expect(shadow().activeElement).toBe(cancel)
    await userEvent.keyboard('{Enter}')
    await expect(result).resolves.toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect(document.activeElement).toBe(opener)
  })

  it('Escape cancels: resolves cancel: true and stops the key reaching the page', async () => {
    const onKey = vi.fn()
    document.addEventListener('keydown', onKey)
    const s = spies()
    showModal({ content: 'esc', ...s })
    await userEvent.keyboard('{Escape}')
    await flush()
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect(onKey).not.toHaveBeenCalled()
    await userEvent.keyboard('{Escape}')
    expect(onKey).toHaveBeenCalledTimes(1)
    document.removeEventListener('keydown', onKey)
  })

  it('the mask keeps clicks off the page and does not close the modal', async () => {
    const button = pageButton()
    const onClick = vi.fn()
    button.onclick = onClick
    const result = showModal({ content: 'masked' })
    expect(document.elementFromPoint(2, 2)).toBe(document.getElementById('wx-h5-ui'))
    await userEvent.click(button, { position: { x: 2, y: 2 }, force: true })
    expect(onClick).not.toHaveBeenCalled()
    expect($('.wx-md')).not.toBeNull()
    buttons()[1].click()
    await result
  })
})

describe('showModal concurrency (stacking, as on Android)', () => {
  it('a second modal stacks on top; each settles with its own answer, newest first', async () => {
    const opener = pageButton('opener')
    opener.focus()
    const first = spies()
    const second = spies()
    showModal({ title: 'first', ...first })
    const firstConfirm = topButtons()[1]
    showModal({ title: 'second', ...second })
    expect($$('.wx-md').map(d => d.textContent!.slice(0, 6))).toEqual(['first取', 'second'])
    const layers = $$('.wx-dim')
    expect(layers[0].inert).toBe(true)
    expect(layers[1].inert).toBe(false)
    // Escape and Tab act on the top modal only.
    await userEvent.keyboard('{Escape}')
    await flush()
    expect(second.success).toHaveBeenCalledWith({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect(first.calls).toEqual([])
    expect(layers[0].inert).toBe(false)
    expect(shadow().activeElement).toBe(firstConfirm)
    await userEvent.keyboard('{Enter}')
    await flush()
    expect(first.success).toHaveBeenCalledWith({ errMsg: 'showModal:ok', confirm: true, cancel: false })
    expect(first.calls).toEqual(['success', 'complete'])
    expect(second.calls).toEqual(['success', 'complete'])
    expect(document.activeElement).toBe(opener)
  })
})

describe('showModal when the page removes the UI host', () => {
  it('settles a modal whose host left the document as cancelled when the next one opens', async () => {
    const first = spies()
    showModal({ content: 'orphan', ...first })
    document.getElementById('wx-h5-ui')!.remove()
    const second = showModal({ content: 'fresh' })
    await flush()
    expect(first.calls).toEqual(['success', 'complete'])
    expect(first.success).toHaveBeenCalledWith({ errMsg: 'showModal:ok', confirm: false, cancel: true })
    expect(document.querySelectorAll('#wx-h5-ui')).toHaveLength(1)
    expect($$('.wx-md')).toHaveLength(1)
    buttons()[1].click()
    await expect(second).resolves.toEqual({ errMsg: 'showModal:ok', confirm: true, cancel: false })
  })

  it('or on the next key press', async () => {
    const orphan = showModal({ content: 'orphan' })
    document.getElementById('wx-h5-ui')!.remove()
    await userEvent.keyboard('a')
    await expect(orphan).resolves.toEqual({ errMsg: 'showModal:ok', confirm: false, cancel: true })
  })
})
