import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { h, label, useStyle } from '../internal/ui-host'
import { pickButton } from '../internal/ui-layer'
import { buttonText, cancelLabel } from './labels'

export interface ShowModalOptions {
  title?: string
  content?: string
  showCancel?: boolean
  cancelText?: string
  cancelColor?: string
  confirmText?: string
  confirmColor?: string
  editable?: boolean
  placeholderText?: string
}
export interface ShowModalResult { confirm: boolean, cancel: boolean, content?: string }

// White card ~300px, 12px radius; two buttons side by side split by hairlines.
const MODAL_CSS = '.wx-md{width:300px;max-width:calc(100vw - 48px);border-radius:12px;background:var(--wx-bg);color:var(--wx-fg);text-align:center;overflow:hidden;overflow-wrap:anywhere;outline:0}'
  + '.wx-mt{padding:32px 24px 0;font-weight:700}'
  + '.wx-mc{padding:16px 24px 0;max-height:50vh;overflow:auto;color:var(--wx-fg2);white-space:pre-wrap}'
  + '.wx-md>:first-child{padding-top:32px;color:var(--wx-fg)}'
  + '.wx-mi{display:block;width:calc(100% - 64px);height:64px;margin:16px 24px 0;padding:8px;resize:none;border:0;border-radius:6px;background:var(--wx-bg2);color:inherit;font:inherit;text-align:left}'
  + '.wx-mf{display:flex;margin-top:32px;border-top:1px solid var(--wx-line)}'
  + '.wx-mf .wx-b{flex:1;height:56px;font-weight:700}.wx-mf .wx-b+.wx-b{border-left:1px solid var(--wx-line)}'

/**
 * Concurrency: a second showModal while one is open stacks on top of it, as WeChat's
 * Android client does (iOS was reported to show only one); each modal settles with its
 * own answer, the newest first. Nothing is dropped, so no call is left hanging.
 * With `editable`, `content` pre-fills the input and the result carries what it holds,
 * after either button; without it the result has only `confirm` and `cancel`.
 * Escape answers cancel, as a tap on cancel would (wx resolves cancel: true, never fails).
 */
export const showModal = /* @__PURE__ */ defineAsync<ShowModalOptions, ShowModalResult>('showModal', async (o) => {
  checkParams(o as Record<string, unknown>, {
    title: 'String?',
    content: 'String?',
    cancelText: 'String?',
    cancelColor: 'String?',
    confirmText: 'String?',
    confirmColor: 'String?',
    placeholderText: 'String?',
  })
  const confirmText = buttonText(o.confirmText, 'confirmText') ?? label('ui.confirm', { 'zh-CN': '确定', 'en': 'OK' })
  const cancelText = buttonText(o.cancelText, 'cancelText') ?? cancelLabel()
  useStyle('wx-modal', MODAL_CSS)
  const dialog = h('div', 'wx-md')
  dialog.setAttribute('role', o.editable ? 'dialog' : 'alertdialog')
  dialog.setAttribute('aria-label', o.title || o.content || '')
  if (o.title) dialog.appendChild(h('div', 'wx-mt', o.title))
  let input: HTMLTextAreaElement | undefined
  if (o.editable) {
    input = dialog.appendChild(h('textarea', 'wx-mi'))
    input.value = o.content ?? ''
    input.placeholder = o.placeholderText ?? ''
  }
  else if (o.content) {
    dialog.appendChild(h('div', 'wx-mc', o.content))
  }
  const footer = dialog.appendChild(h('div', 'wx-mf'))
  // Default colours are theme variables, so they follow light and dark.
  const button = (text: string, color: string): HTMLButtonElement => {
    const b = footer.appendChild(h('button', 'wx-b', text))
    b.style.color = color
    return b
  }
  if (o.showCancel !== false) button(cancelText, o.cancelColor || 'var(--wx-fg)')
  const yes = button(confirmText, o.confirmColor || 'var(--wx-ok)')
  const confirm = await pickButton(dialog, input ?? yes) === yes
  return input ? { confirm, cancel: !confirm, content: input.value } : { confirm, cancel: !confirm }
})
