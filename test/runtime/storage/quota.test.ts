import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import {
  batchSetStorage, batchSetStorageSync, clearStorageSync, getStorageInfo, getStorageInfoSync, getStorageSync, removeStorageSync, setStorage, setStorageSync,
} from '../../../runtime/storage/index'
import { MB, removeUnder, thrown } from './helpers'

// The real localStorage of the test origin, shared with other test files: this file stays
// far below Chromium's 5 Mi-character origin limit (at most ~2 Mi characters at once).
// The 10 MB wx quota itself is filled exactly in memory-fallback.test.ts; the real browser
// limit is reached in test/storage-e2e (its own origin).
const PREFIX = 'wxh5:quota-test:'

beforeEach(() => {
  configure({ appId: 'quota-test', userId: 'u' })
  clearStorageSync()
})
afterEach(() => {
  vi.restoreAllMocks()
})
afterAll(() => removeUnder(PREFIX))

describe('getStorageInfo', () => {
  it('counts key length plus serialised length, in KB rounded up', async () => {
    expect(getStorageInfoSync()).toEqual({ keys: [], currentSize: 0, limitSize: 10240 })
    setStorageSync('k', 'v') // 1 + 1 = 2 characters
    expect(getStorageInfoSync().currentSize).toBe(1)
    setStorageSync('k', 'x'.repeat(1023)) // exactly 1024
    expect(getStorageInfoSync().currentSize).toBe(1)
    setStorageSync('k', 'x'.repeat(1024)) // 1025
    expect(getStorageInfoSync().currentSize).toBe(2)
    setStorageSync('n', 12345) // "12345": 1 + 5
    setStorageSync('o', { a: [1, 2] }) // '{"a":[1,2]}': 1 + 11
    setStorageSync('t', true) // "true": 1 + 4
    setStorageSync('d', new Date(1000)) // "1000": 1 + 4
    expect(getStorageInfoSync()).toEqual({ keys: ['k', 'n', 'o', 't', 'd'], currentSize: 2, limitSize: 10240 })
    setStorageSync('pad', 'y'.repeat(2048 - 1025 - 6 - 12 - 5 - 5 - 3)) // total exactly 2048
    expect(getStorageInfoSync().currentSize).toBe(2)
    setStorageSync('z', '') // + 1
    expect(getStorageInfoSync().currentSize).toBe(3)
    removeStorageSync('z')
    removeStorageSync('pad')
    removeStorageSync('k')
    expect(getStorageInfoSync().currentSize).toBe(1) // 6 + 12 + 5 + 5 = 28
    await expect(getStorageInfo()).resolves.toEqual({ keys: ['n', 'o', 't', 'd'], currentSize: 1, limitSize: 10240, errMsg: 'getStorageInfo:ok' })
  })

  it('counts characters, not bytes: CJK costs the same as ASCII', () => {
    setStorageSync('中', '文'.repeat(1023))
    expect(getStorageInfoSync().currentSize).toBe(1)
  })
})

describe('the 1 MB per-key limit (key.length + data.length > 1 MB fails)', () => {
  it('accepts exactly 1 MB and refuses one character more, old value kept', async () => {
    const key = 'big'
    setStorageSync(key, 'x'.repeat(MB - key.length))
    expect(getStorageInfoSync().currentSize).toBe(1024)
    expect(thrown(() => setStorageSync(key, 'y'.repeat(MB - key.length + 1)))).toBe('setStorageSync:fail:entry size limit reached')
    await expect(setStorage({ key, data: 'z'.repeat(MB) })).rejects.toEqual({ errMsg: 'setStorage:fail:entry size limit reached' })
    expect((getStorageSync(key) as string).length).toBe(MB - key.length)
    expect((getStorageSync(key) as string)[0]).toBe('x')
    expect(getStorageInfoSync().currentSize).toBe(1024)
  })

  it('measures serialised JSON for objects (quotes and brackets count)', () => {
    // '["…"]' adds 4 characters around the string.
    expect(() => setStorageSync('a', ['x'.repeat(MB - 1 - 4)])).not.toThrow()
    expect(thrown(() => setStorageSync('a', ['x'.repeat(MB - 1 - 3)]))).toBe('setStorageSync:fail:entry size limit reached')
    expect(getStorageInfoSync().currentSize).toBe(1024)
  })

  it('fails a whole batch when one entry is too large', async () => {
    setStorageSync('a', 'old')
    await expect(batchSetStorage({ kvList: [{ key: 'a', value: 'new' }, { key: 'b', value: 'x'.repeat(MB) }] })).rejects.toEqual({ errMsg: 'batchSetStorage:fail:entry size limit reached' })
    expect(getStorageSync('a')).toBe('old')
    expect(getStorageInfoSync().keys).toEqual(['a'])
  })
})

describe('when the browser refuses a write (QuotaExceededError)', () => {
  function refuseWritesTo(name: string) {
    const real = Storage.prototype.setItem
    return vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
      if (key === name) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      real.call(this, key, value)
    })
  }

  it('fails the wx way, keeps the old value and the totals', async () => {
    setStorageSync('k', 'old')
    const before = getStorageInfoSync()
    refuseWritesTo(`${PREFIX}u:k`)
    expect(thrown(() => setStorageSync('k', 'new'))).toBe('setStorageSync:fail exceed storage max size 10Mb')
    await expect(setStorage({ key: 'k', data: 'newer' })).rejects.toEqual({ errMsg: 'setStorage:fail exceed storage max size 10Mb' })
    expect(getStorageSync('k')).toBe('old')
    expect(getStorageInfoSync()).toEqual(before)
  })

  it('rolls a batch back: earlier entries of the batch get their old values again', () => {
    setStorageSync('a', 'old a')
    refuseWritesTo(`${PREFIX}u:c`)
    expect(thrown(() => batchSetStorageSync([{ key: 'a', value: 'new a' }, { key: 'b', value: 'new b' }, { key: 'c', value: 'new c' }])))
      .toBe('batchSetStorageSync:fail exceed storage max size 10Mb')
    expect(getStorageSync('a')).toBe('old a')
    expect(getStorageSync('b')).toBe('')
    expect(localStorage.getItem(`${PREFIX}u:b`)).toBeNull()
    expect(getStorageInfoSync().keys).toEqual(['a'])
  })

  it('reports other browser errors with their message', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    })
    expect(thrown(() => setStorageSync('k', 1))).toBe('setStorageSync:fail The operation is insecure.')
  })
})
