import { defineAsync, defineSync } from '../internal/define'
import { checkParams } from '../internal/params'
import { encodeValue, entrySize } from './codec'
import { sealEntry } from './crypto'
import { namespacePrefix } from './namespace'
import type { KeyValue } from './params'
import { checkKey, checkKvList } from './params'
import { checkEntry, ENCRYPTED_ENTRY_LIMIT, setEntries, writeEntries } from './store'

export interface SetStorageOptions { key: string, data: unknown, encrypt?: boolean }

export const setStorage = /* @__PURE__ */ defineAsync<SetStorageOptions>('setStorage', (options) => {
  checkParams(options as unknown as Record<string, unknown>, { key: 'String', encrypt: 'Boolean?' })
  const { key } = options
  const stored = encodeValue(options.data)
  if (!options.encrypt) return setEntries([[key, stored]])
  // The per-key limit is on the plain data; the 10 MB quota counts what is really stored,
  // the ~1.4× larger ciphertext — which is why WeChat quotes 7.1 MB of encrypted data in total.
  checkEntry(key, entrySize(key, stored), ENCRYPTED_ENTRY_LIMIT)
  return sealEntry(namespacePrefix(), stored).then(sealed => writeEntries([[key, sealed]]))
})

export const setStorageSync = /* @__PURE__ */ defineSync('setStorageSync', (key: string, data: unknown): void => {
  checkKey(key)
  setEntries([[key, encodeValue(data)]])
})

export interface BatchSetStorageOptions { kvList: KeyValue[] }

/** All or nothing: one entry over a limit, or the browser refusing one write, leaves every key as it was. */
function batchSet(kvList: KeyValue[]): void {
  checkKvList(kvList)
  setEntries(kvList.map(({ key, value }) => [key, encodeValue(value)]))
}

export const batchSetStorage = /* @__PURE__ */ defineAsync<BatchSetStorageOptions>('batchSetStorage', o => batchSet(o.kvList))
export const batchSetStorageSync = /* @__PURE__ */ defineSync('batchSetStorageSync', batchSet)
