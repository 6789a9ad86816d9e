import { text } from './text'

/**
 * Every scope `wx.authorize` knows (authorize.html scope list): what the user is asked to
 * allow (zh, en; translatable as `open.<scope>`) and the browser permission behind it, for
 * `navigator.permissions.query`.
 */
const TABLE: Array<[scope: string, zh: string, en: string, permission?: PermissionName]> = [
  ['scope.userLocation', '获取你的地理位置', 'Get your location', 'geolocation'],
  ['scope.userFuzzyLocation', '获取你的模糊地理位置', 'Get your approximate location', 'geolocation'],
  ['scope.userLocationBackground', '在后台获取你的地理位置', 'Get your location in the background', 'geolocation'],
  ['scope.record', '使用你的麦克风', 'Use your microphone', 'microphone'],
  ['scope.camera', '使用你的摄像头', 'Use your camera', 'camera'],
  ['scope.bluetooth', '使用你的蓝牙', 'Use Bluetooth'],
  ['scope.writePhotosAlbum', '保存图片或视频到你的相册', 'Save images and videos to your album'],
  ['scope.addPhoneContact', '添加到你的通讯录', 'Add to your contacts'],
  ['scope.addPhoneCalendar', '添加到你的日历', 'Add to your calendar'],
  ['scope.werun', '获取你的微信运动步数', 'Get your WeRun step count'],
  ['scope.address', '获取你的通讯地址', 'Get your mailing address'],
  ['scope.invoiceTitle', '获取你的发票抬头', 'Get your invoice title'],
  ['scope.invoice', '获取你的发票', 'Get your invoices'],
  ['scope.userInfo', '获取你的昵称、头像', 'Get your nickname and avatar'],
]

/** The scope names, in the order of the wx docs. */
export const SCOPES = /* @__PURE__ */ TABLE.map(row => row[0])

/** The table row of a known scope. */
export function scopeRow(scope: unknown): typeof TABLE[number] | undefined {
  return TABLE.find(row => row[0] === scope)
}

/**
 * Scopes WeChat grants without asking: scope.userInfo since the 2021 user-info change
 * (authorize succeeds at once, getSetting reads true), and the address / invoice scopes,
 * whose APIs no longer need authorization.
 */
export const SILENT_SCOPES = ['scope.userInfo', 'scope.address', 'scope.invoiceTitle', 'scope.invoice']

/** What the user is asked to allow; an unknown scope reads as its name. */
export function scopeText(scope: string): string {
  const row = scopeRow(scope)
  return row ? text(scope, row[1], row[2]) : scope
}
