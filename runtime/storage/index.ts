// The storage area's wx APIs, as named exports.
export { batchGetStorage, batchGetStorageSync, getStorage, getStorageSync } from './get-storage'
export { clearStorage, clearStorageSync, removeStorage, removeStorageSync } from './remove-storage'
export { batchSetStorage, batchSetStorageSync, setStorage, setStorageSync } from './set-storage'
export { getStorageInfo, getStorageInfoSync } from './storage-info'
