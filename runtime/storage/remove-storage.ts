import { defineAsync, defineSync } from '../internal/define'
import { checkKey } from './params'
import { clearNamespace, removeEntry } from './store'

// Each sync/async twin shares one body but is defined on its own, so an app that imports
// only the sync form does not ship the async machinery.

/** Removing a key that does not exist succeeds. */
function remove(key: string): void {
  checkKey(key)
  removeEntry(key)
}

export interface RemoveStorageOptions { key: string }

export const removeStorage = /* @__PURE__ */ defineAsync<RemoveStorageOptions>('removeStorage', o => remove(o.key))
export const removeStorageSync = /* @__PURE__ */ defineSync('removeStorageSync', remove)

export const clearStorage = /* @__PURE__ */ defineAsync('clearStorage', () => clearNamespace())
export const clearStorageSync = /* @__PURE__ */ defineSync('clearStorageSync', clearNamespace)
