import { defineAsync, defineSync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { openEntry } from './crypto'
import { namespacePrefix } from './namespace'
import { checkKey, checkKeyList } from './params'
import { readEntry } from './store'

export interface GetStorageOptions { key: string, encrypt?: boolean }

export const getStorage = /* @__PURE__ */ defineAsync<GetStorageOptions, { data: unknown }>('getStorage', (options) => {
  checkParams(options as unknown as Record<string, unknown>, { key: 'String', encrypt: 'Boolean?' })
  const entry = readEntry(options.key)
  if (!entry) throw fail('data not found')
  if (options.encrypt) return openEntry(namespacePrefix(), entry.stored).then(data => ({ data }))
  return { data: entry.value }
})

/** A missing key gives "" (what mini-program code relies on); values are fresh copies. */
function valueOf(key: string): unknown {
  const entry = readEntry(key)
  return entry ? entry.value : ''
}

export const getStorageSync = /* @__PURE__ */ defineSync('getStorageSync', (key: string): unknown => {
  checkKey(key)
  return valueOf(key)
})

export interface BatchGetStorageOptions { keyList: string[] }

/** Missing keys give "" in `dataList`, as getStorageSync does. */
function batchGet(keyList: string[]): unknown[] {
  checkKeyList(keyList)
  return keyList.map(valueOf)
}

export const batchGetStorage = /* @__PURE__ */ defineAsync<BatchGetStorageOptions, { dataList: unknown[] }>('batchGetStorage', o => ({ dataList: batchGet(o.keyList) }))
export const batchGetStorageSync = /* @__PURE__ */ defineSync('batchGetStorageSync', batchGet)
