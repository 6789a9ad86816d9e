import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { label } from '../internal/ui-host'
import { showToast } from '../ui/toast'

/**
 * setClipboardData / getClipboardData over the async Clipboard API. Browsers allow a
 * write from a focused page (usually inside a user gesture) and a read only with the
 * clipboard-read permission; anything the browser refuses fails as WeChat fails a call
 * the user did not allow: `<api>:fail auth deny`. A successful write shows WeChat's
 * "内容已复制" toast (translatable as `clipboard.copied`).
 */
export interface SetClipboardDataOptions { data: string }

/** The pre-Clipboard-API path: a selected textarea and `execCommand('copy')`. */
function copyWithSelection(text: string): boolean {
  const area = document.createElement('textarea')
  area.value = text
  area.readOnly = true
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none'
  document.body.appendChild(area)
  area.select()
  try {
    return document.execCommand('copy')
  }
  catch {
    return false
  }
  finally {
    area.remove()
  }
}

/** Writes `text` to the clipboard; false when the browser refuses both ways. */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text)
    return true
  }
  catch {
    return copyWithSelection(text)
  }
}

export const setClipboardData = /* @__PURE__ */ defineAsync<SetClipboardDataOptions>('setClipboardData', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { data: 'String' })
  if (!(await writeClipboard(o.data))) throw fail('auth deny')
  // Shown before success runs, so a toast the app shows from its success callback replaces
  // ours, as in WeChat. A static import: a dynamic one makes bundlers wrap the shared runtime
  // modules in lazy-init code for every app.
  try {
    showToast({ title: label('clipboard.copied', { 'zh-CN': '内容已复制', 'en': 'Copied' }), icon: 'none', fail() {} })
  }
  catch {}
})

export const getClipboardData = /* @__PURE__ */ defineAsync<Record<string, never>, { data: string }>('getClipboardData', async () => {
  if (typeof navigator.clipboard?.readText !== 'function') throw fail('not supported')
  try {
    return { data: await navigator.clipboard.readText() }
  }
  catch {
    throw fail('auth deny')
  }
})
