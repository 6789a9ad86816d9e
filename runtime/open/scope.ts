import { config } from '../internal/config'
import { fail } from '../internal/fail'
import { h, label } from '../internal/ui-host'
import { enqueue, note, showDialog } from './dialog'
import { ensurePrivacy } from './privacy'
import { BROWSER_PERMISSION, isScope, type Scope, scopeText, SILENT_SCOPES } from './scopes'
import { readRecord, recordKey, updateRecord } from './store'

/** What the browser says about the permission behind `scope` ('granted' | 'denied' | 'prompt'), if it can say. */
async function browserState(scope: Scope): Promise<PermissionState | undefined> {
  const name = BROWSER_PERMISSION[scope]
  if (!name || !navigator.permissions?.query) return undefined
  try {
    return (await navigator.permissions.query({ name: name as PermissionName })).state
  }
  catch {
    // This browser does not know the permission name (e.g. microphone in some engines).
    return undefined
  }
}

/** app.json `permission['scope.userLocation'].desc`: the purpose WeChat shows in the dialog. */
function purpose(scope: Scope): string | undefined {
  const permission = config.app?.permission as Record<string, { desc?: unknown } | undefined> | undefined
  const desc = permission?.[scope]?.desc
  return typeof desc === 'string' && desc ? desc : undefined
}

async function askScope(scope: Scope): Promise<boolean> {
  const content: HTMLElement[] = [h('p', 'wx-os', scopeText(scope))]
  const desc = purpose(scope)
  if (desc) content.push(note(desc))
  const value = await showDialog({
    title: label('open.authTitle', { 'zh-CN': '申请获取以下权限', 'en': 'This app requests permission to' }),
    content,
    buttons: [
      { value: 'deny', text: label('open.deny', { 'zh-CN': '拒绝', 'en': 'Deny' }) },
      { value: 'allow', text: label('open.allow', { 'zh-CN': '允许', 'en': 'Allow' }), primary: true },
    ],
    escape: 'deny',
  })
  return value === 'allow'
}

const asking = new Map<string, Promise<boolean>>()

/** One question per scope and user at a time: concurrent requests share the answer. */
function askOnce(scope: Scope, key: string): Promise<boolean> {
  const id = `${key}|${scope}`
  let answer = asking.get(id)
  if (!answer) {
    answer = enqueue(async () => {
      const known = readRecord(key).auth?.[scope]
      if (known !== undefined) return known
      const allowed = await askScope(scope)
      updateRecord((record) => {
        (record.auth ??= {})[scope] = allowed
      }, key)
      return allowed
    }).finally(() => asking.delete(id))
    asking.set(id, answer)
  }
  return answer
}

/**
 * The authorization gate other areas call before a guarded API, e.g.
 * `await ensureScope('scope.userLocation', 'getLocation')` at the start of getLocation's body.
 * Resolves when the call may proceed; throws `fail('auth deny')` (→ `getLocation:fail auth deny`)
 * when the user refuses now or refused before, or when the browser permission behind the
 * scope is 'denied'. An unknown scope throws `fail('invalid scope')`. The first request
 * shows the permission dialog (after the privacy gate, with `api` as its referrer); the
 * answer is remembered per app and user. Silent scopes (userInfo, address, invoiceTitle,
 * invoice) are granted without a dialog, as WeChat does today.
 */
export async function ensureScope(scope: string, api: string): Promise<void> {
  if (!isScope(scope)) throw fail('invalid scope')
  if (SILENT_SCOPES.has(scope)) {
    updateRecord((record) => {
      (record.auth ??= {})[scope] = true
    })
    return
  }
  await ensurePrivacy(api)
  // A browser-level refusal wins over any wx-level decision, and is not recorded as one.
  if (await browserState(scope) === 'denied') throw fail('auth deny')
  const key = recordKey()
  const known = readRecord(key).auth?.[scope]
  const allowed = known ?? await askOnce(scope, key)
  if (!allowed) throw fail('auth deny')
}
