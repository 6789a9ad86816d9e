import { fail } from '../internal/fail'
import { label } from '../internal/ui-host'

/** The cancel button's built-in text (modal and action sheet). */
export function cancelLabel(): string {
  return label('ui.cancel', { 'zh-CN': '取消', 'en': 'Cancel' })
}

/**
 * A caller's button text, checked the way the client checks it: a character outside
 * ASCII counts twice and 8 units are allowed ("4 Chinese characters").
 */
export function buttonText(text: string | undefined, key: string): string | undefined {
  let width = 0
  for (const ch of text ?? '') width += ch.charCodeAt(0) > 127 ? 2 : 1
  if (width > 8) throw fail(`${key} length should not larger than 4 Chinese characters`)
  return text
}
