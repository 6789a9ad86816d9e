import { definePair } from './define-pair'
import { checkKey } from './params'
import { clearNamespace, removeEntry } from './store'

/** Removing a key that does not exist succeeds. */
export const [removeStorage, removeStorageSync] = /* @__PURE__ */ definePair('removeStorage', 'key', (key: string) => {
  checkKey(key)
  removeEntry(key)
})

export const [clearStorage, clearStorageSync] = /* @__PURE__ */ definePair('clearStorage', '', clearNamespace)
