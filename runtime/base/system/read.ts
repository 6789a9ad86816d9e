// System information, read from the browser at call time (so it follows resizes, rotation,
// theme and font-size changes). Values the web cannot know get the defaults tabled in
// docs/system-info.md — never undefined.
import { getTarget } from '../../internal/config'
import { permissionState, type AuthState } from './permissions'
import { readDefaultFontSize } from './probe'
import { currentIdentity, UNKNOWN, type WxPlatform } from './user-agent'
import { deviceOrientation, windowInfo } from './window-info'

/** wx `version` (the WeChat client): there is none on the web; a fixed, documented value. */
export const WECHAT_VERSION = '8.0.0'

/** Default font size wx reports on a phone at the standard setting; the browser's own
 *  default (16px) maps to it as 1:1. */
const STANDARD_FONT_SIZE = 16

export interface DeviceInfo {
  abi: string
  benchmarkLevel: number
  brand: string
  cpuType: string
  deviceAbi: string
  memorySize: string
  model: string
  platform: WxPlatform
  system: string
}

export type Theme = 'light' | 'dark'

export interface AppBaseInfo {
  PCKernelVersion: string
  SDKVersion: string
  enableDebug: boolean
  fontSizeScaleFactor: number
  fontSizeSetting: number
  host: { appId: string }
  language: string
  theme: Theme
  version: string
}

export interface SystemSetting {
  bluetoothEnabled: boolean
  deviceOrientation: 'portrait' | 'landscape'
  locationEnabled: boolean
  wifiEnabled: boolean
}

export interface AppAuthorizeSetting {
  albumAuthorized: AuthState
  bluetoothAuthorized: AuthState
  cameraAuthorized: AuthState
  locationAuthorized: AuthState
  locationReducedAccuracy: boolean
  microphoneAuthorized: AuthState
  notificationAlertAuthorized: AuthState
  notificationAuthorized: AuthState
  notificationBadgeAuthorized: AuthState
  notificationSoundAuthorized: AuthState
  phoneCalendarAuthorized: AuthState
}

export function currentTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/**
 * wx language codes: Chinese keeps its region with an underscore (zh_CN, zh_TW, zh_HK),
 * every other language is its bare code (en, ja, fr, ...).
 */
export function wxLanguage(tag: string | undefined): string {
  if (!tag) return 'zh_CN'
  const [lang, ...rest] = tag.split(/[-_]/)
  const code = lang!.toLowerCase()
  if (code !== 'zh') return code
  const sub = rest.map(s => s.toLowerCase())
  if (sub.includes('tw') || sub.includes('mo') || (sub.includes('hant') && !sub.includes('hk'))) return 'zh_TW'
  if (sub.includes('hk')) return 'zh_HK'
  return 'zh_CN'
}

export function deviceInfo(): DeviceInfo {
  const { platform, system, brand, model } = currentIdentity()
  const memory = (navigator as Navigator & { deviceMemory?: number }).deviceMemory
  return {
    abi: '',
    // -1 is wx's own "performance unknown".
    benchmarkLevel: -1,
    brand,
    cpuType: UNKNOWN,
    deviceAbi: '',
    memorySize: typeof memory === 'number' ? String(Math.round(memory * 1024)) : UNKNOWN,
    model,
    platform,
    system,
  }
}

export function appBaseInfo(): AppBaseInfo {
  const fontSizeSetting = readDefaultFontSize()
  return {
    PCKernelVersion: '',
    SDKVersion: getTarget(),
    enableDebug: false,
    fontSizeScaleFactor: fontSizeSetting / STANDARD_FONT_SIZE,
    fontSizeSetting,
    host: { appId: '' },
    language: wxLanguage(navigator.language),
    theme: currentTheme(),
    version: WECHAT_VERSION,
  }
}

export function systemSetting(): SystemSetting {
  return {
    bluetoothEnabled: 'bluetooth' in navigator,
    deviceOrientation: deviceOrientation(),
    locationEnabled: 'geolocation' in navigator,
    wifiEnabled: true,
  }
}

export function appAuthorizeSetting(): AppAuthorizeSetting {
  const notification = permissionState('notification')
  return {
    // Picking a photo needs no permission on the web: the file picker is always allowed.
    albumAuthorized: 'authorized',
    bluetoothAuthorized: 'not determined',
    cameraAuthorized: permissionState('camera'),
    locationAuthorized: permissionState('location'),
    locationReducedAccuracy: false,
    microphoneAuthorized: permissionState('microphone'),
    notificationAlertAuthorized: notification,
    notificationAuthorized: notification,
    notificationBadgeAuthorized: notification,
    notificationSoundAuthorized: notification,
    phoneCalendarAuthorized: 'not determined',
  }
}

/** getSystemInfo's flat union of the five groups; its "authorized" flags are booleans:
 *  true unless the user has denied the permission (the browser will ask when needed). */
export function systemInfo() {
  const auth = appAuthorizeSetting()
  const allowed = (state: AuthState): boolean => state !== 'denied'
  const base = appBaseInfo()
  const device = deviceInfo()
  // getSystemInfo has no screenTop (getWindowInfo does).
  const { screenTop: _screenTop, ...windowFields } = windowInfo()
  return {
    ...windowFields,
    ...systemSetting(),
    SDKVersion: base.SDKVersion,
    albumAuthorized: allowed(auth.albumAuthorized),
    benchmarkLevel: device.benchmarkLevel,
    brand: device.brand,
    cameraAuthorized: allowed(auth.cameraAuthorized),
    enableDebug: base.enableDebug,
    fontSizeSetting: base.fontSizeSetting,
    host: base.host,
    language: base.language,
    locationAuthorized: allowed(auth.locationAuthorized),
    locationReducedAccuracy: auth.locationReducedAccuracy,
    microphoneAuthorized: allowed(auth.microphoneAuthorized),
    model: device.model,
    notificationAlertAuthorized: allowed(auth.notificationAlertAuthorized),
    notificationAuthorized: allowed(auth.notificationAuthorized),
    notificationBadgeAuthorized: allowed(auth.notificationBadgeAuthorized),
    notificationSoundAuthorized: allowed(auth.notificationSoundAuthorized),
    phoneCalendarAuthorized: allowed(auth.phoneCalendarAuthorized),
    platform: device.platform,
    system: device.system,
    theme: base.theme,
    version: base.version,
  }
}

export type SystemInfo = ReturnType<typeof systemInfo>
