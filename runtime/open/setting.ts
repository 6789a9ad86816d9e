import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { h, label } from '../internal/ui-host'
import { enqueue, note, showDialog } from './dialog'
import { isScope, scopeText, SILENT_SCOPES } from './scopes'
import { readRecord, recordKey, updateRecord } from './store'
import { requireTap } from './tap'

export interface SettingOptions { withSubscriptions?: boolean }
export interface SubscriptionsSetting { mainSwitch: boolean, itemSettings: Record<string, string> }
export interface SettingResult { authSetting: Record<string, boolean>, subscriptionsSetting?: SubscriptionsSetting }

/**
 * Every scope ever asked, with its decision. scope.userInfo always reads true: since the
 * 2021 user-info change WeChat reports it granted without asking.
 */
function authSetting(): Record<string, boolean> {
  return { ...readRecord().auth, 'scope.userInfo': true }
}

/**
 * The web has no subscription messages to switch off: the main switch is on and no
 * template has a per-item setting, which is what WeChat reports before any subscription.
 */
function settingResult(o: SettingOptions): SettingResult {
  const res: SettingResult = { authSetting: authSetting() }
  if (o.withSubscriptions) res.subscriptionsSetting = { mainSwitch: true, itemSettings: {} }
  return res
}

export const getSetting = /* @__PURE__ */ defineAsync<SettingOptions, SettingResult>('getSetting', (o) => {
  checkParams(o as Record<string, unknown>, { withSubscriptions: 'Boolean?' })
  return settingResult(o)
})

function switchRow(scope: string, allowed: boolean, key: string): HTMLElement {
  const row = h('div', 'wx-ow')
  const text = h('span', '', isScope(scope) ? scopeText(scope) : scope)
  text.id = `wx-sw-${scope.replace(/\W/g, '-')}`
  const toggle = h('button', 'wx-b wx-sw')
  toggle.type = 'button'
  toggle.setAttribute('role', 'switch')
  toggle.setAttribute('aria-labelledby', text.id)
  toggle.setAttribute('aria-checked', String(allowed))
  toggle.dataset.scope = scope
  toggle.onclick = () => {
    const on = toggle.getAttribute('aria-checked') !== 'true'
    toggle.setAttribute('aria-checked', String(on))
    // Applied at once, as in WeChat's settings page.
    updateRecord((record) => {
      (record.auth ??= {})[scope] = on
    }, key)
  }
  row.append(text, toggle)
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
    const scopes = Object.keys(auth).filter(scope => !SILENT_SCOPES.has(scope))
    const content = scopes.length
      ? scopes.map(scope => switchRow(scope, auth[scope], key))
      : [note(label('open.noScopes', { 'zh-CN': '暂未使用任何授权', 'en': 'No permissions requested yet' }))]
    return showDialog({
      title: label('open.settings', { 'zh-CN': '设置', 'en': 'Settings' }),
      content,
      buttons: [{ value: 'done', text: label('open.done', { 'zh-CN': '完成', 'en': 'Done' }), primary: true }],
      escape: 'done',
      maskTap: 'done',
      focus: panel => panel.querySelector<HTMLElement>('[role=switch]') ?? undefined,
    })
  })
  return settingResult(o)
})
