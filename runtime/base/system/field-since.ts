/**
 * Result fields newer than the first base library, for the APIs whose results follow the
 * emulated `target`. The same facts as runtime/catalog.ts (test/field-since.test.ts keeps
 * them equal), kept apart so that reading system info does not ship the whole catalog.
 */
const SYSTEM_INFO: Readonly<Record<string, string>> = {
  SDKVersion: '1.1.0',
  albumAuthorized: '2.6.0',
  benchmarkLevel: '1.8.0',
  bluetoothEnabled: '2.6.0',
  brand: '1.5.0',
  cameraAuthorized: '2.6.0',
  enableDebug: '2.15.0',
  fontSizeSetting: '1.5.0',
  host: '2.12.3',
  locationAuthorized: '2.6.0',
  locationEnabled: '2.6.0',
  microphoneAuthorized: '2.6.0',
  notificationAlertAuthorized: '2.6.0',
  notificationAuthorized: '2.6.0',
  notificationBadgeAuthorized: '2.6.0',
  notificationSoundAuthorized: '2.6.0',
  phoneCalendarAuthorized: '2.19.3',
  safeArea: '2.7.0',
  screenHeight: '1.1.0',
  screenWidth: '1.1.0',
  statusBarHeight: '1.9.0',
  theme: '2.11.0',
  wifiEnabled: '2.6.0',
}

export const FIELD_SINCE: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  getSystemInfoSync: SYSTEM_INFO,
  getSystemInfo: SYSTEM_INFO,
  getSystemInfoAsync: SYSTEM_INFO,
  getWindowInfo: {},
  getDeviceInfo: { cpuType: '2.29.0', deviceAbi: '2.25.1', memorySize: '2.30.0' },
  getAppBaseInfo: { fontSizeSetting: '2.23.4' },
  getSystemSetting: {},
  getAppAuthorizeSetting: {},
}

/** The base library that added onAppHide's `reason`: the app area reads just this, not the
 *  tables above. */
export const HIDE_REASON_SINCE = '3.5.7'
