import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { clearStorageSync, getStorageInfoSync, getStorageSync, setStorageSync } from '../../../runtime/storage/index'
import { removeUnder } from './helpers'

// What another tab's write looks like from here: localStorage changes, then a `storage`
// event arrives. (Real tabs are exercised in test/storage-e2e; this checks the bookkeeping.)
const PREFIX = 'wxh5:tabs-test:u:'

function otherTabWrites(key: string, newValue: string | null): void {
  const name = PREFIX + key
  const oldValue = localStorage.getItem(name)
  if (newValue === null) localStorage.removeItem(name)
  else localStorage.setItem(name, newValue)
  dispatchEvent(new StorageEvent('storage', { key: name, oldValue, newValue, storageArea: localStorage }))
}

beforeEach(() => {
  configure({ appId: 'tabs-test', userId: 'u' })
  clearStorageSync()
})
afterAll(() => removeUnder('wxh5:tabs-test:'))

describe('writes from another tab', () => {
  it('show up in reads at once and in getStorageInfo through the storage event', () => {
    setStorageSync('mine', 'x')
    otherTabWrites('theirs', `S${'t'.repeat(2000)}`)
    expect(getStorageSync('theirs')).toBe('t'.repeat(2000))
    expect(getStorageInfoSync()).toEqual({ keys: ['mine', 'theirs'], currentSize: 2, limitSize: 10240 })
    otherTabWrites('theirs', 'N7')
    expect(getStorageInfoSync().currentSize).toBe(1)
    otherTabWrites('mine', null)
    expect(getStorageInfoSync().keys).toEqual(['theirs'])
    expect(getStorageSync('mine')).toBe('')
  })

  it('a clear() elsewhere empties the totals', () => {
    setStorageSync('a', 1)
    localStorage.removeItem(`${PREFIX}a`)
    dispatchEvent(new StorageEvent('storage', { key: null, storageArea: localStorage }))
    expect(getStorageInfoSync()).toEqual({ keys: [], currentSize: 0, limitSize: 10240 })
  })

  it('ignores other namespaces, the page\'s own keys and sessionStorage', () => {
    setStorageSync('a', 1)
    dispatchEvent(new StorageEvent('storage', { key: 'wxh5:tabs-test:other:a', newValue: 'S1', storageArea: localStorage }))
    dispatchEvent(new StorageEvent('storage', { key: 'plain', newValue: 'S1', storageArea: localStorage }))
    dispatchEvent(new StorageEvent('storage', { key: `${PREFIX}b`, newValue: 'S1', storageArea: sessionStorage }))
    expect(getStorageInfoSync().keys).toEqual(['a'])
  })

  it('a foreign value written by another tab is reported, not counted', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    setStorageSync('a', 1)
    otherTabWrites('a', 'garbage')
    expect(getStorageInfoSync().keys).toEqual([])
    expect(getStorageSync('a')).toBe('')
    expect(warn).toHaveBeenCalledTimes(1)
    warn.mockRestore()
  })
})
