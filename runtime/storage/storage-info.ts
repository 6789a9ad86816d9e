import { definePair } from './define-pair'
import type { StorageInfo } from './store'
import { storageInfo } from './store'

export const [getStorageInfo, getStorageInfoSync] = /* @__PURE__ */ definePair('getStorageInfo', '', storageInfo)
