import { defineAsync, defineSync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { decodeValue } from './codec'
import { decryptText } from './crypto'
import { namespacePrefix } from './namespace'
import { checkKey, checkKeyList } from './params'
import { readEntry } from './store'

export interface GetStorageOptions { key: string, encrypt?: boolean }

export const getStorage = /* @__PURE__ */ defineAsync<GetStorageOptions, { data: unknown }>('getStorage', (options) => {
  checkParams(options as unknown as Record<string, unknown>, { key: 'String', encrypt: 'Boolean?' })
  const entry = readEntry(options.key)
  if (!entry.found) throw fail('data not found')
  if (options.encrypt) return getEncrypted(entry.stored)
  return { data: entry.value }
})

async function getEncrypted(stored: string): Promise<{ data: unknown }> {
  if (stored[0] !== 'E') throw fail('data is not encrypted')
  const plain = await decryptText(namespacePrefix(), stored.slice(1))
  const decoded = plain === undefined ? undefined : decodeValue(plain)
  if (!decoded?.ok) throw fail('decrypt failed')
  return { data: decoded.value }
}

/** A missing key gives "" (what mini-program code relies on); values are fresh copies. */
export const getStorageSync = /* @__PURE__ */ defineSync('getStorageSync', (key: string): unknown => {
  checkKey(key)
  const entry = readEntry(key)
  return entry.found ? entry.value : ''
})

function batchGet(keyList: unknown): unknown[] {
  checkKeyList(keyList)
  return keyList.map((key) => {
    const entry = readEntry(key)
    return entry.found ? entry.value : ''
  })
}

export interface BatchGetStorageOptions { keyList: string[] }

/** Missing keys give "" in `dataList`, as getStorageSync does. */
export const batchGetStorage = /* @__PURE__ */ defineAsync<BatchGetStorageOptions, { dataList: unknown[] }>('batchGetStorage', options => ({
  dataList: batchGet(options.keyList),
}))

export const batchGetStorageSync = /* @__PURE__ */ defineSync('batchGetStorageSync', (keyList: string[]): unknown[] => batchGet(keyList))
