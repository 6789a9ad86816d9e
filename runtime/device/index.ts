// The device area's wx APIs (clipboard, phone, vibration, screen, network status, scan
// code) and the app-level odds and ends (ext config, update manager), as named exports.
export { getClipboardData, setClipboardData } from './clipboard'
export { getExtConfig, getExtConfigSync } from './ext-config'
export { setKeepScreenOn } from './keep-screen-on'
export { getNetworkType, offNetworkStatusChange, onNetworkStatusChange } from './network-status'
export { makePhoneCall, vibrateLong, vibrateShort } from './phone'
export { scanCode } from './scan-code'
export { getUpdateManager } from './update-manager'
