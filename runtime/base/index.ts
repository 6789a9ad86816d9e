// The base area's wx APIs, as named exports.
export { arrayBufferToBase64, base64ToArrayBuffer } from './base64'
export { canIUse } from './can-i-use'
export {
  getAppAuthorizeSetting,
  getAppBaseInfo,
  getDeviceInfo,
  getSystemInfo,
  getSystemInfoAsync,
  getSystemInfoSync,
  getSystemSetting,
  getWindowInfo,
} from './system/apis'
