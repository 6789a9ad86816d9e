import { defineAsync, defineSync } from '../internal/define'
import { checkParams } from '../internal/params'
import { checkKey } from './params'
import { clearNamespace, removeEntry } from './store'

/** Removing a key that does not exist succeeds. */
export const removeStorage = /* @__PURE__ */ defineAsync<{ key: string }>('removeStorage', (options) => {
  checkParams(options as unknown as Record<string, unknown>, { key: 'String' })
  removeEntry(options.key)
})

export const removeStorageSync = /* @__PURE__ */ defineSync('removeStorageSync', (key: string): void => {
  checkKey(key)
  removeEntry(key)
})

export const clearStorage = /* @__PURE__ */ defineAsync('clearStorage', () => {
  clearNamespace()
})

export const clearStorageSync = /* @__PURE__ */ defineSync('clearStorageSync', (): void => {
  clearNamespace()
})
