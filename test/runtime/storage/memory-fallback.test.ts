import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import {
  batchSetStorageSync, clearStorageSync, getStorage, getStorageInfoSync, getStorageSync, setStorage, setStorageSync,
} from '../../../runtime/storage/index'
import { MB, thrown } from './helpers'

// Storage disabled (the SecurityError a sandboxed iframe or a blocked-storage setting gives):
// this file runs in its own iframe, so shadowing window.localStorage affects nobody else.
// With no browser limit in the memory store, the 10 MB wx quota can be filled exactly here.
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})

beforeAll(() => {
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('denied', 'SecurityError')
    },
  })
})

beforeEach(() => {
  configure({ appId: 'memory-test', userId: 'u' })
  clearStorageSync()
})

describe('when localStorage throws', () => {
  it('keeps working in memory and says so once', async () => {
    setStorageSync('a', { x: 1 })
    await setStorage({ key: 'b', data: 'two' })
    expect(getStorageSync('a')).toEqual({ x: 1 })
    await expect(getStorage({ key: 'b' })).resolves.toEqual({ data: 'two', errMsg: 'getStorage:ok' })
    expect(getStorageInfoSync().keys).toEqual(['a', 'b'])
    configure({ userId: 'other' })
    expect(getStorageSync('a')).toBe('')
    const fallbackWarnings = warn.mock.calls.filter(([message]) => String(message).includes('localStorage is unavailable'))
    expect(fallbackWarnings).toEqual([[
      '[wx-h5] storage: localStorage is unavailable (SecurityError: denied); wx storage is kept in memory and lost when the page unloads.',
    ]])
  })

  it('still returns copies', () => {
    const value = { list: [1] }
    setStorageSync('obj', value)
    value.list.push(2)
    ;(getStorageSync('obj') as { list: number[] }).list.push(3)
    expect(getStorageSync('obj')).toEqual({ list: [1] })
  })
})

describe('the 10 MB quota, filled exactly', () => {
  // Ten entries of exactly 1 MB each (key + data) make exactly 10 MB.
  function fill(): void {
    for (let i = 0; i < 10; i++) {
      const key = `k${i}`
      setStorageSync(key, String(i).repeat(MB - key.length))
    }
  }

  it('accepts exactly 10 MB and reports it as 10240 KB', () => {
    fill()
    expect(getStorageInfoSync()).toEqual({ keys: ['k0', 'k1', 'k2', 'k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9'], currentSize: 10240, limitSize: 10240 })
  })

  it('refuses one character more, sync and async, and writes nothing', async () => {
    fill()
    expect(thrown(() => setStorageSync('x', ''))).toBe('setStorageSync:fail exceed storage max size 10Mb')
    await expect(setStorage({ key: 'x', data: '' })).rejects.toEqual({ errMsg: 'setStorage:fail exceed storage max size 10Mb' })
    expect(getStorageInfoSync().keys).not.toContain('x')
    // Shrink k3 by one character, spend it on 'x', then growing k3 back is refused; it keeps its value.
    setStorageSync('k3', '3'.repeat(MB - 3))
    setStorageSync('x', '')
    expect(getStorageInfoSync().currentSize).toBe(10240)
    expect(thrown(() => setStorageSync('k3', '3'.repeat(MB - 2)))).toBe('setStorageSync:fail exceed storage max size 10Mb')
    expect(getStorageSync('k3')).toBe('3'.repeat(MB - 3))
    expect(getStorageInfoSync().currentSize).toBe(10240)
  })

  it('lets a write through when it replaces an entry by a smaller one', () => {
    fill()
    setStorageSync('k9', 'small')
    setStorageSync('x', 'fits now')
    expect(getStorageSync('x')).toBe('fits now')
    expect(getStorageInfoSync().currentSize).toBe(9 * 1024 + 1) // 9 MB + 7 + 9 characters, rounded up
  })

  it('checks a batch against the quota as a whole', () => {
    fill()
    setStorageSync('k9', 'small') // frees 1 MB - 7 characters
    expect(thrown(() => batchSetStorageSync([{ key: 'a', value: 'x'.repeat(MB / 2) }, { key: 'b', value: 'y'.repeat(MB / 2) }])))
      .toBe('batchSetStorageSync:fail exceed storage max size 10Mb')
    expect(getStorageInfoSync().keys).not.toContain('a')
    batchSetStorageSync([{ key: 'a', value: 'x'.repeat(MB / 2) }, { key: 'b', value: 'y'.repeat(MB / 2 - 10) }])
    expect(getStorageInfoSync().currentSize).toBe(10240)
  })
})
