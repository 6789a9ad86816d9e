import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'

/**
 * makePhoneCall hands the number to the system through a `tel:` link (the dialer, or
 * whatever the platform registered). The browser does not say whether the user then
 * placed the call, so success means "handed over", as WeChat's success means "dialer
 * opened". vibrateShort (15 ms) and vibrateLong (400 ms) use navigator.vibrate; where it
 * is missing (desktop Safari, iOS) or refused (no user gesture yet) they fail.
 */
export interface MakePhoneCallOptions { phoneNumber: string }
export interface VibrateShortOptions { type?: 'heavy' | 'medium' | 'light' }

export const makePhoneCall = /* @__PURE__ */ defineAsync<MakePhoneCallOptions>('makePhoneCall', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { phoneNumber: 'String' })
  // Keep digits and the dialable symbols; anything else would make a different URL.
  const number = o.phoneNumber.replace(/[^\d+*#,;]/g, '')
  if (!number) throw fail('parameter error: parameter.phoneNumber is empty;')
  const link = document.createElement('a')
  link.href = `tel:${number}`
  link.click()
})

function vibrate(ms: number): void {
  if (typeof navigator.vibrate !== 'function') throw fail('not supported')
  // false: the browser refused (no user activation yet, or vibration disabled).
  if (!navigator.vibrate(ms)) throw fail('not allowed')
}

// The light / medium / heavy strengths of wx have no web counterpart: all vibrate 15 ms.
export const vibrateShort = /* @__PURE__ */ defineAsync<VibrateShortOptions>('vibrateShort', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { type: 'String?' })
  vibrate(15)
})

export const vibrateLong = /* @__PURE__ */ defineAsync('vibrateLong', () => vibrate(400))
