import { label } from '../internal/ui-host'

/** Every scope `wx.authorize` knows (authorize.html scope list). */
export const SCOPES = [
  'scope.userLocation',
  'scope.userFuzzyLocation',
  'scope.userLocationBackground',
  'scope.record',
  'scope.camera',
  'scope.bluetooth',
  'scope.writePhotosAlbum',
  'scope.addPhoneContact',
  'scope.addPhoneCalendar',
  'scope.werun',
  'scope.address',
  'scope.invoiceTitle',
  'scope.invoice',
  'scope.userInfo',
] as const

export type Scope = typeof SCOPES[number]

export function isScope(value: unknown): value is Scope {
  return (SCOPES as readonly unknown[]).includes(value)
}

/**
 * Scopes WeChat grants without asking: scope.userInfo since the 2021 user-info change
 * (authorize succeeds at once, getSetting reads true), and the address / invoice scopes,
 * whose APIs no longer need authorization.
 */
export const SILENT_SCOPES: ReadonlySet<string> = /* @__PURE__ */ new Set(['scope.userInfo', 'scope.address', 'scope.invoiceTitle', 'scope.invoice'])

/** The browser permission behind a scope, for `navigator.permissions.query`. */
export const BROWSER_PERMISSION: Readonly<Record<string, string>> = {
  'scope.userLocation': 'geolocation',
  'scope.userFuzzyLocation': 'geolocation',
  'scope.userLocationBackground': 'geolocation',
  'scope.record': 'microphone',
  'scope.camera': 'camera',
}

const TEXT: Record<Scope, [zh: string, en: string]> = {
  'scope.userLocation': ['获取你的地理位置', 'Get your location'],
  'scope.userFuzzyLocation': ['获取你的模糊地理位置', 'Get your approximate location'],
  'scope.userLocationBackground': ['在后台获取你的地理位置', 'Get your location in the background'],
  'scope.record': ['使用你的麦克风', 'Use your microphone'],
  'scope.camera': ['使用你的摄像头', 'Use your camera'],
  'scope.bluetooth': ['使用你的蓝牙', 'Use Bluetooth'],
  'scope.writePhotosAlbum': ['保存图片或视频到你的相册', 'Save images and videos to your album'],
  'scope.addPhoneContact': ['添加到你的通讯录', 'Add to your contacts'],
  'scope.addPhoneCalendar': ['添加到你的日历', 'Add to your calendar'],
  'scope.werun': ['获取你的微信运动步数', 'Get your WeRun step count'],
  'scope.address': ['获取你的通讯地址', 'Get your mailing address'],
  'scope.invoiceTitle': ['获取你的发票抬头', 'Get your invoice title'],
  'scope.invoice': ['获取你的发票', 'Get your invoices'],
  'scope.userInfo': ['获取你的昵称、头像', 'Get your nickname and avatar'],
}

/** What the user is asked to allow, translatable as `open.<scope>`. */
export function scopeText(scope: Scope): string {
  const [zh, en] = TEXT[scope]
  return label(`open.${scope}`, { 'zh-CN': zh, 'en': en })
}
