import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { h, label, useStyle } from '../internal/ui-host'
import { openLayer } from '../internal/ui-layer'
import { cancelLabel } from './labels'

export interface ShowActionSheetOptions { itemList?: string[], itemColor?: string, alertText?: string }
export interface ShowActionSheetResult { tapIndex: number }

// A sheet that slides up from the bottom: optional alert text, the items, a gap, cancel.
const SHEET_CSS = '.wx-sl{align-items:flex-end}'
  + '.wx-sh{width:100%;max-width:600px;border-radius:12px 12px 0 0;overflow:hidden;background:var(--wx-bg2);outline:0;animation:wx-up var(--wx-t) ease-out;padding-bottom:env(safe-area-inset-bottom)}'
  + '@keyframes wx-up{from{transform:translateY(100%)}}'
  + '.wx-sa{padding:16px 24px;background:var(--wx-bg);color:var(--wx-fg2);font-size:14px;text-align:center;overflow-wrap:anywhere}'
  + '.wx-sh .wx-b{display:block;width:100%;height:56px;border-top:1px solid var(--wx-line)}'
  + '.wx-sh>.wx-b:first-child{border:0}.wx-sh .wx-sc{margin-top:8px;border:0}'

/**
 * Resolves `{ tapIndex }` for a tapped item; cancel, a tap on the mask and Escape fail
 * with `showActionSheet:fail cancel`. A second sheet stacks on the first like showModal.
 */
export const showActionSheet = /* @__PURE__ */ defineAsync<ShowActionSheetOptions, ShowActionSheetResult>('showActionSheet', (o) => {
  checkParams(o as Record<string, unknown>, { itemList: 'Array', itemColor: 'String?', alertText: 'String?' })
  const items = o.itemList!
  if (!items.length) throw fail('parameter error: parameter.itemList should have at least 1 item;')
  if (items.length > 6) throw fail('parameter error: itemList should not be large than 6')
  useStyle('wx-sheet', SHEET_CSS)
  const sheet = h('div', 'wx-sh')
  sheet.setAttribute('role', 'dialog')
  if (o.alertText) sheet.appendChild(h('div', 'wx-sa', o.alertText))
  const buttons = items.map((item) => {
    const b = sheet.appendChild(h('button', 'wx-b', String(item)))
    if (o.itemColor) b.style.color = o.itemColor
    return b
  })
  const cancel = sheet.appendChild(h('button', 'wx-b wx-sc', cancelLabel()))
  sheet.setAttribute('aria-label', o.alertText || label('ui.actions', { 'zh-CN': '操作菜单', 'en': 'Actions' }))
  return new Promise<ShowActionSheetResult>((resolve, reject) => {
    const dismiss = (): void => {
      close()
      reject(fail('cancel'))
    }
    buttons.forEach((b, tapIndex) => b.onclick = () => {
      close()
      resolve({ tapIndex })
    })
    cancel.onclick = dismiss
    const close = openLayer(sheet, dismiss, buttons[0], dismiss)
    ;(sheet.parentElement as HTMLElement).classList.add('wx-sl')
  })
})
