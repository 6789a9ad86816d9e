import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'

/**
 * setKeepScreenOn over the Screen Wake Lock API. The browser drops the lock when the page
 * is hidden; WeChat keeps the setting only while the mini program is in front too, so we
 * take it again when the page becomes visible as long as `keepScreenOn` stays true.
 */
export interface SetKeepScreenOnOptions { keepScreenOn: boolean }

let wanted = false
let lock: WakeLockSentinel | undefined

async function acquire(): Promise<void> {
  if (lock && !lock.released) return
  lock = await navigator.wakeLock.request('screen')
}

function onVisibility(): void {
  if (wanted && document.visibilityState === 'visible') acquire().catch(() => {})
}

export const setKeepScreenOn = /* @__PURE__ */ defineAsync<SetKeepScreenOnOptions>('setKeepScreenOn', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { keepScreenOn: 'Boolean' })
  if (typeof navigator.wakeLock?.request !== 'function') throw fail('not supported')
  wanted = o.keepScreenOn
  if (!wanted) {
    const held = lock
    lock = undefined
    await held?.release()
    return
  }
  // Adding the same listener function again is a no-op.
  document.addEventListener('visibilitychange', onVisibility)
  try {
    await acquire()
  }
  catch (error) {
    wanted = false
    throw error
  }
})
