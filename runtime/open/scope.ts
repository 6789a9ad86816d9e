import { config } from '../internal/config'
import { fail } from '../internal/fail'
import { h } from '../internal/ui-host'
import { enqueue, note, showDialog } from './dialog'
import { ensurePrivacy } from './privacy'
import { scopeRow, scopeText, SILENT_SCOPES } from './scopes'
import { readRecord, recordKey, remember } from './store'
import { text } from './text'

/** What the browser says about a permission ('granted' | 'denied' | 'prompt'), if it can say. */
async function browserState(name: PermissionName | undefined): Promise<PermissionState | undefined> {
  try {
    if (name) return (await navigator.permissions.query({ name })).state
  }
  catch {
    // No Permissions API, or it does not know the name (e.g. microphone in some engines).
  }
  return undefined
}

async function askScope(scope: string): Promise<boolean> {
  const content: HTMLElement[] = [h('p', 'wx-os', scopeText(scope))]
  // app.json `permission['scope.userLocation'].desc`: the purpose WeChat shows in the dialog.
  const desc = (config.app?.permission as Record<string, { desc?: unknown } | undefined> | undefined)?.[scope]?.desc
  if (typeof desc === 'string' && desc) content.push(note(desc))
  return showDialog(text('authTitle', '申请获取以下权限', 'This app requests permission to'), content, [text('deny', '拒绝', 'Deny'), text('allow', '允许', 'Allow')])
}

const asking = new Map<string, Promise<boolean>>()

/** One question per scope and user at a time: concurrent requests share the answer. */
function askOnce(scope: string, key: string): Promise<boolean> {
  const id = `${key}|${scope}`
  let answer = asking.get(id)
  if (!answer) {
    answer = enqueue(async () => {
      const known = readRecord(key).auth?.[scope]
      if (known !== undefined) return known
      const allowed = await askScope(scope)
      remember(scope, allowed, key)
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
  const row = scopeRow(scope)
  if (!row) throw fail('invalid scope')
  if (SILENT_SCOPES.includes(scope)) {
    remember(scope, true)
    return
  }
  await ensurePrivacy(api)
  // A browser-level refusal wins over any wx-level decision, and is not recorded as one.
  if (await browserState(row[3]) === 'denied') throw fail('auth deny')
  const key = recordKey()
  const allowed = readRecord(key).auth?.[scope] ?? await askOnce(scope, key)
  if (!allowed) throw fail('auth deny')
}
