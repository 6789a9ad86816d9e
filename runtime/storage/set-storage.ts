import { defineAsync, defineSync } from '../internal/define'
import { checkParams } from '../internal/params'
import { encodeValue, entrySize } from './codec'
import { encryptText } from './crypto'
import { namespacePrefix } from './namespace'
import { checkKey, checkKvList } from './params'
import { checkEntry, ENCRYPTED_ENTRY_LIMIT, ENTRY_LIMIT, pendingEntry, writeEntries } from './store'

export interface SetStorageOptions { key: string, data: unknown, encrypt?: boolean }

export const setStorage = /* @__PURE__ */ defineAsync<SetStorageOptions>('setStorage', (options) => {
  checkParams(options as unknown as Record<string, unknown>, { key: 'String', encrypt: 'Boolean?' })
  const stored = encodeValue(options.data)
  if (options.encrypt) return setEncrypted(options.key, stored)
  writeEntries([pendingEntry(options.key, stored)])
})

async function setEncrypted(key: string, plain: string): Promise<void> {
  // The per-key limit is on the plain data; the 10 MB quota counts what is really stored,
  // the ~1.4× larger ciphertext — which is why WeChat quotes 7.1 MB of encrypted data in total.
  const checkedSize = entrySize(key, plain)
  checkEntry(pendingEntry(key, plain, ENCRYPTED_ENTRY_LIMIT, checkedSize))
  const sealed = `E${await encryptText(namespacePrefix(), plain)}`
  writeEntries([pendingEntry(key, sealed, ENCRYPTED_ENTRY_LIMIT, checkedSize)])
}

export const setStorageSync = /* @__PURE__ */ defineSync('setStorageSync', (key: string, data: unknown): void => {
  checkKey(key)
  writeEntries([pendingEntry(key, encodeValue(data))])
})

export interface BatchSetStorageOptions { kvList: Array<{ key: string, value: unknown }> }

/** All or nothing: one entry over a limit, or the browser refusing one write, leaves every key as it was. */
function batchSet(kvList: unknown): void {
  checkKvList(kvList)
  writeEntries(kvList.map(({ key, value }) => pendingEntry(key, encodeValue(value), ENTRY_LIMIT)))
}

export const batchSetStorage = /* @__PURE__ */ defineAsync<BatchSetStorageOptions>('batchSetStorage', (options) => {
  batchSet(options.kvList)
})

export const batchSetStorageSync = /* @__PURE__ */ defineSync('batchSetStorageSync', (kvList: Array<{ key: string, value: unknown }>): void => {
  batchSet(kvList)
})
