import { defineAsync, defineSync } from '../../internal/define'
import { forTarget } from './for-target'
import { loadPermissions } from './permissions'
import { appAuthorizeSetting, appBaseInfo, deviceInfo, systemInfo, systemSetting, type SystemInfo } from './read'
import { loadHighEntropyHints } from './user-agent'
import { windowInfo } from './window-info'

// Sync APIs answer from what is known now and start fetching what only arrives async
// (UA-CH high-entropy hints, permission states); async APIs wait for it first.
function warmUp(): Promise<void> {
  return Promise.all([loadHighEntropyHints(), loadPermissions()]).then(() => {})
}

function syncInfo<T extends object>(api: string, read: () => T): () => T {
  return defineSync(api, () => {
    void warmUp()
    return forTarget(api, read())
  })
}

export const getSystemInfoSync = /* @__PURE__ */ syncInfo('getSystemInfoSync', systemInfo)
export const getWindowInfo = /* @__PURE__ */ syncInfo('getWindowInfo', windowInfo)
export const getDeviceInfo = /* @__PURE__ */ syncInfo('getDeviceInfo', deviceInfo)
export const getAppBaseInfo = /* @__PURE__ */ syncInfo('getAppBaseInfo', appBaseInfo)
export const getSystemSetting = /* @__PURE__ */ syncInfo('getSystemSetting', systemSetting)
export const getAppAuthorizeSetting = /* @__PURE__ */ syncInfo('getAppAuthorizeSetting', appAuthorizeSetting)

/** Promise style when no callback is passed (wx.getSystemInfo is promisified). */
export const getSystemInfo = /* @__PURE__ */ defineAsync<object, SystemInfo>('getSystemInfo',
  () => warmUp().then(() => forTarget('getSystemInfo', systemInfo())))

/** Callback-only: docs and typings agree it never returns a Promise. */
export const getSystemInfoAsync = /* @__PURE__ */ defineAsync<object, SystemInfo>('getSystemInfoAsync',
  () => warmUp().then(() => forTarget('getSystemInfoAsync', systemInfo())), false)
