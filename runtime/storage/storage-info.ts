import { defineAsync, defineSync } from '../internal/define'
import type { StorageInfo } from './store'
import { storageInfo } from './store'

export const getStorageInfo = /* @__PURE__ */ defineAsync<object, StorageInfo>('getStorageInfo', () => storageInfo())
export const getStorageInfoSync = /* @__PURE__ */ defineSync('getStorageInfoSync', storageInfo)
