import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { h, label, useStyle } from '../internal/ui-host'
import { pickButton } from '../internal/ui-layer'
import { cancelLabel } from './labels'

export interface ShowActionSheetOptions { itemList?: string[], itemColor?: string, alertText?: string }
export interface ShowActionSheetResult { tapIndex: number }

// A sheet that slides up from the bottom: optional alert text, the items, a gap, cancel.
// `.wx-dim.wx-sl` outranks the layer's own `.wx-dim` whichever stylesheet came first.
const SHEET_CSS = '.wx-dim.wx-sl{align-items:flex-end}'
  + '.wx-sh{width:100%;max-width:600px;border-radius:12px 12px 0 0;overflow:hidden;background:var(--wx-bg2);outline:0;animation:wx-up var(--wx-t) ease-out;padding-bottom:env(safe-area-inset-bottom)}'
  + '@keyframes wx-up{from{transform:translateY(100%)}}'
  + '.wx-sa{padding:16px 24px;background:var(--wx-bg);color:var(--wx-fg2);font-size:14px;text-align:center;overflow-wrap:anywhere}'
  + '.wx-sh .wx-b{display:block;width:100%;height:56px;border-top:1px solid var(--wx-line)}'
  + '.wx-sh>.wx-b:first-child{border:0}.wx-sh .wx-sc{margin-top:8px;border:0}'

/**
 * Resolves `{ tapIndex }` for a tapped item; cancel, a tap on the mask and Escape fail
 * with `showActionSheet:fail cancel`. A second sheet stacks on the first like showModal.
 */
export const showActionSheet = /* @__PURE__ */ defineAsync<ShowActionSheetOptions, ShowActionSheetResult>('showActionSheet', async (o) => {
  checkParams(o as Record<string, unknown>, { itemList: 'Array', itemColor: 'String?', alertText: 'String?' })
  const items = o.itemList!
  if (!items.length) throw fail('parameter error: parameter.itemList should have at least 1 item;')
  if (items.length > 6) throw fail('parameter error: itemList should not be large than 6')
  useStyle('wx-sheet', SHEET_CSS)
  const sheet = h('div', 'wx-sh')
  sheet.setAttribute('role', 'dialog')
  sheet.setAttribute('aria-label', o.alertText || label('ui.actions', { 'zh-CN': '操作菜单', 'en': 'Actions' }))
  if (o.alertText) sheet.appendChild(h('div', 'wx-sa', o.alertText))
  for (const item of items) sheet.appendChild(h('button', 'wx-b', String(item))).style.color = o.itemColor ?? ''
  sheet.appendChild(h('button', 'wx-b wx-sc', cancelLabel()))
  const buttons = [...sheet.querySelectorAll('button')]
  const picked = pickButton(sheet, buttons[0], true)
  sheet.parentElement!.classList.add('wx-sl')
  const tapIndex = buttons.indexOf((await picked)!)
  // The last button is cancel; -1 is Escape or the mask.
  if (tapIndex < 0 || tapIndex >= items.length) throw fail('cancel')
  return { tapIndex }
})
