import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { h } from '../internal/ui-host'
import { enqueue, note, showDialog, uniqueId } from './dialog'
import { scopeText, SILENT_SCOPES } from './scopes'
import { readRecord, recordKey, remember } from './store'
import { requireTap } from './tap'
import { text } from './text'

export interface SettingOptions { withSubscriptions?: boolean }
export interface SubscriptionsSetting { mainSwitch: boolean, itemSettings: Record<string, string> }
export interface SettingResult { authSetting: Record<string, boolean>, subscriptionsSetting?: SubscriptionsSetting }

/**
 * Every scope ever asked, with its decision; scope.userInfo always reads true (since the
 * 2021 user-info change WeChat reports it granted without asking). The web has no
 * subscription messages to switch off: the main switch is on and no template has a
 * per-item setting, which is what WeChat reports before any subscription.
 */
function settingResult(o: SettingOptions): SettingResult {
  checkParams(o as Record<string, unknown>, { withSubscriptions: 'Boolean?' })
  const res: SettingResult = { authSetting: { ...readRecord().auth, 'scope.userInfo': true } }
  if (o.withSubscriptions) res.subscriptionsSetting = { mainSwitch: true, itemSettings: {} }
  return res
}

export const getSetting = /* @__PURE__ */ defineAsync<SettingOptions, SettingResult>('getSetting', settingResult)

function switchRow(scope: string, allowed: boolean, key: string): HTMLElement {
  const row = h('div', 'wx-ow')
  const name = h('span', '', scopeText(scope))
  const toggle = h('button', 'wx-b wx-sw')
  name.id = uniqueId()
  toggle.type = 'button'
  toggle.setAttribute('role', 'switch')
  toggle.setAttribute('aria-labelledby', name.id)
  toggle.setAttribute('aria-checked', String(allowed))
  toggle.dataset.scope = scope
  toggle.onclick = () => {
    allowed = !allowed
    toggle.setAttribute('aria-checked', String(allowed))
    // Applied at once, as in WeChat's settings page.
    remember(scope, allowed, key)
  }
  row.append(name, toggle)
  return row
}

/**
 * wx.openSetting: a sheet with a switch per scope the app has asked for (the silent
 * scopes have nothing to switch). Needs a user tap. Resolves with the authSetting
 * in force once the user closes the sheet.
 */
export const openSetting = /* @__PURE__ */ defineAsync<SettingOptions, SettingResult>('openSetting', async (o) => {
  checkParams(o as Record<string, unknown>, { withSubscriptions: 'Boolean?' })
  requireTap()
  const key = recordKey()
  await enqueue(() => {
    const auth = readRecord(key).auth ?? {}
    const scopes = Object.keys(auth).filter(scope => !SILENT_SCOPES.includes(scope))
    const content = scopes.length
      ? scopes.map(scope => switchRow(scope, auth[scope], key))
      : [note(text('noScopes', '暂未使用任何授权', 'No permissions requested yet'))]
    return showDialog(text('settings', '设置', 'Settings'), content, [text('done', '完成', 'Done')], { mask: true, focus: '[role=switch]' })
  })
  return settingResult(o)
})
