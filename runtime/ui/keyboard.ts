import { defineAsync } from '../internal/define'
import { deepActiveElement } from '../internal/ui-layer'

/** Whether focus on `el` brings up a soft keyboard: text-like inputs, textareas, editable content. */
function takesText(el: Element | null): el is HTMLElement {
  if (el instanceof HTMLTextAreaElement) return true
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'color', 'file', 'hidden', 'image', 'radio', 'range', 'reset', 'submit'].includes(el.type)
  return el instanceof HTMLElement && el.isContentEditable
}

/**
 * `wx.hideKeyboard`: the web has no call to dismiss the soft keyboard, but the keyboard
 * follows focus, so this blurs the focused input, textarea or editable element (which
 * fires its blur, as tapping elsewhere does). WeChat documents no failure for it, and with
 * nothing focused there is no keyboard to hide: it succeeds either way.
 */
export const hideKeyboard = /* @__PURE__ */ defineAsync<Record<string, never>>('hideKeyboard', () => {
  const el = deepActiveElement()
  if (takesText(el)) el.blur()
})
