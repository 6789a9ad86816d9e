import { config } from '../internal/config'
import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { createListeners, defineListener } from '../internal/listeners'
import { h } from '../internal/ui-host'
import { enqueue, note, showDialog } from './dialog'
import { readRecord, recordKey, updateRecord } from './store'
import { text } from './text'

export interface PrivacyConfig {
  /** Name shown for the contract, e.g. `《示例小程序隐私保护指引》`. */
  contractName?: string
  /** Where openPrivacyContract (and the link in the privacy dialog) leads. */
  contractUrl?: string
}

declare module '../internal/config' {
  interface WxH5Config {
    /**
     * The app's privacy contract. Without it no privacy consent is needed (as in WeChat
     * when the app declares no data collection): getPrivacySetting reports
     * needAuthorization false and privacy-guarded APIs proceed.
     */
    privacy?: PrivacyConfig
  }
}

export type PrivacyEvent = 'agree' | 'disagree' | 'exposureAuthorization'
export type PrivacyResolve = (result: { event: PrivacyEvent, buttonId?: string }) => void
export interface PrivacyEventInfo { referrer: string }

export const needListeners = /* @__PURE__ */ createListeners<[resolve: PrivacyResolve, eventInfo: PrivacyEventInfo]>()

/**
 * `onNeedPrivacyAuthorization(listener)`: from then on the app shows its own privacy
 * dialog. The guarded call stays pending until the listener's `resolve` is called with
 * `agree` (it proceeds) or `disagree` (it fails `privacy permission is not authorized`, errno 104);
 * `exposureAuthorization` only reports that the dialog was shown. `buttonId` cannot be
 * checked on the web (there is no agreePrivacyAuthorization button) and is ignored.
 */
type NeedListener = (resolve: PrivacyResolve, eventInfo: PrivacyEventInfo) => void
// Not destructured: a destructuring is kept by the bundler even when nothing uses it.
const needApi = /* @__PURE__ */ defineListener('onNeedPrivacyAuthorization', 'offNeedPrivacyAuthorization', needListeners)
export const onNeedPrivacyAuthorization = (listener: NeedListener): void => needApi[0](listener)

function contractName(): string {
  return config.privacy?.contractName ?? text('privacyContract', '《隐私保护指引》', 'Privacy Policy')
}

export function needsPrivacyAuthorization(): boolean {
  return config.privacy !== undefined && readRecord().privacy !== true
}

/** Calls waiting for consent through the app's listener; settled together by the first agree. */
const waiting = new Set<(agreed: boolean) => void>()
let builtIn: Promise<boolean> | undefined

function agreeAll(): void {
  for (const done of waiting) done(true)
  waiting.clear()
}

function askListeners(api: string): Promise<boolean> {
  return new Promise((done) => {
    waiting.add(done)
    needListeners.emit((result) => {
      const event = result?.event
      if (event === 'agree') {
        agreeAll()
      }
      else if (event === 'disagree' && waiting.delete(done)) {
        done(false)
      }
    }, { referrer: api })
  })
}

function askBuiltIn(): Promise<boolean> {
  builtIn ??= enqueue(() => {
    const link = h('button', 'wx-ol', contractName())
    link.type = 'button'
    link.onclick = openContract
    const intro = note(text('privacyText', '在使用当前服务之前，请仔细阅读以下协议。如你同意，请点击“同意”开始使用。', 'Before using this service, please read the agreement below. Tap "Agree" if you accept it.'))
    return showDialog(text('privacyTitle', '用户隐私保护提示', 'Privacy notice'), [intro, link], [text('disagree', '拒绝', 'Disagree'), text('agree', '同意', 'Agree')])
  }).finally(() => {
    builtIn = undefined
  })
  return builtIn
}

/**
 * Privacy gate for a guarded API (`api` becomes eventInfo.referrer): resolves at once when
 * no contract is configured or the user already agreed; otherwise asks through the app's
 * onNeedPrivacyAuthorization listener, or the built-in dialog when there is none. Agreement
 * is remembered per app and user; a refusal is not (the next call asks again).
 */
export async function ensurePrivacy(api: string): Promise<void> {
  if (!needsPrivacyAuthorization()) return
  const key = recordKey()
  const agreed = await (needListeners.size ? askListeners(api) : askBuiltIn())
  // errno 104 is what WeChat clients attach to this failure.
  if (!agreed) throw fail('privacy permission is not authorized', 104)
  updateRecord((record) => {
    record.privacy = true
  }, key)
  agreeAll()
}

function openContract(): void {
  const url = config.privacy?.contractUrl
  if (!url) throw fail('privacy contract not configured, see docs/open.md')
  const tab = window.open(url, '_blank')
  if (!tab) throw fail('the browser blocked the new tab')
  tab.opener = null
}

// The three are callback-only in WeChat ("Promise style: not supported").
export const requirePrivacyAuthorize = /* @__PURE__ */ defineAsync('requirePrivacyAuthorize', () => ensurePrivacy('requirePrivacyAuthorize'), false)

export const getPrivacySetting = /* @__PURE__ */ defineAsync('getPrivacySetting', () => ({
  needAuthorization: needsPrivacyAuthorization(),
  privacyContractName: config.privacy ? contractName() : '',
}), false)

export const openPrivacyContract = /* @__PURE__ */ defineAsync('openPrivacyContract', openContract, false)
