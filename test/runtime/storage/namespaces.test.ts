import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import {
  clearStorage, clearStorageSync, getStorage, getStorageInfoSync, getStorageSync, removeStorageSync, setStorageSync,
} from '../../../runtime/storage/index'
import { namesUnder, removeUnder } from './helpers'

// Ids unique to this file: test files share one origin's localStorage.
const APP_A = 'ns-test-a'
const APP_B = 'ns-test-b'
const PAGE_KEY = 'ns-test-page-own-key'

// Cleared through the API: writing to localStorage behind the runtime's back (same tab, no
// storage event) would leave its running totals stale.
function wipe(): void {
  for (const appId of [APP_A, APP_B, `${APP_A}:y:`]) {
    for (const userId of [undefined, 'u', 'alice', 'bob', 'x', 'y', '@']) {
      configure({ appId, userId })
      clearStorageSync()
    }
  }
  localStorage.removeItem(PAGE_KEY)
}

beforeEach(() => {
  wipe()
  configure({ appId: APP_A, userId: undefined })
})
afterAll(() => {
  wipe()
  removeUnder('wxh5:@:ns-test-user:')
})

describe('namespaces', () => {
  it('uses the documented anonymous segment "@" before configure({ userId })', () => {
    setStorageSync('k', 'anon')
    expect(namesUnder(`wxh5:${APP_A}:`)).toEqual([`wxh5:${APP_A}:@:k`])
    expect(localStorage.getItem(`wxh5:${APP_A}:@:k`)).toBe('Sanon')
  })

  it('switches namespace when userId changes after login, and back', () => {
    setStorageSync('token', 'anonymous')
    configure({ userId: 'alice' })
    expect(getStorageSync('token')).toBe('')
    setStorageSync('token', 'alice-token')
    configure({ userId: 'bob' })
    expect(getStorageSync('token')).toBe('')
    expect(getStorageInfoSync()).toEqual({ keys: [], currentSize: 0, limitSize: 10240 })
    configure({ userId: 'alice' })
    expect(getStorageSync('token')).toBe('alice-token')
    configure({ userId: undefined })
    expect(getStorageSync('token')).toBe('anonymous')
  })

  it('keeps two apps apart: reads, counts and clears', async () => {
    configure({ appId: APP_A, userId: 'u' })
    setStorageSync('shared', 'from A')
    setStorageSync('onlyA', 1)
    configure({ appId: APP_B })
    setStorageSync('shared', 'from B')
    expect(getStorageSync('onlyA')).toBe('')
    expect(getStorageSync('shared')).toBe('from B')
    expect(getStorageInfoSync().keys).toEqual(['shared'])
    await clearStorage()
    expect(getStorageInfoSync().keys).toEqual([])
    configure({ appId: APP_A })
    expect(getStorageSync('shared')).toBe('from A')
    expect(getStorageInfoSync().keys).toEqual(['shared', 'onlyA'])
    await expect(getStorage({ key: 'onlyA' })).resolves.toEqual({ data: 1, errMsg: 'getStorage:ok' })
  })

  it('keeps two users of one app apart', () => {
    configure({ userId: 'alice' })
    setStorageSync('k', 'alice')
    configure({ userId: 'bob' })
    setStorageSync('k', 'bob')
    clearStorageSync()
    configure({ userId: 'alice' })
    expect(getStorageSync('k')).toBe('alice')
    expect(getStorageInfoSync().keys).toEqual(['k'])
  })

  it('never touches keys the page wrote with plain localStorage', () => {
    localStorage.setItem(PAGE_KEY, 'mine')
    setStorageSync(PAGE_KEY, 'wx')
    expect(getStorageInfoSync().keys).toEqual([PAGE_KEY])
    clearStorageSync()
    expect(localStorage.getItem(PAGE_KEY)).toBe('mine')
    expect(getStorageSync(PAGE_KEY)).toBe('')
    removeStorageSync(PAGE_KEY)
    expect(localStorage.getItem(PAGE_KEY)).toBe('mine')
  })

  it('a key containing the separator cannot reach another namespace', () => {
    // Try to land in app B / user "x" from app A / user "y" by smuggling separators into ids and keys.
    configure({ appId: APP_A, userId: 'y' })
    setStorageSync(`:${APP_B}:x:k`, 'smuggled')
    setStorageSync('@:k', 'smuggled too')
    configure({ appId: `${APP_A}:y:` })
    setStorageSync('k', 'id with separators')
    configure({ appId: APP_B, userId: 'x' })
    expect(getStorageSync('k')).toBe('')
    expect(getStorageInfoSync().keys).toEqual([])
    configure({ appId: APP_A, userId: '@' })
    expect(getStorageInfoSync().keys).toEqual([])
    configure({ appId: APP_A, userId: undefined })
    expect(getStorageSync('k')).toBe('')
    configure({ appId: APP_A, userId: 'y' })
    expect(getStorageInfoSync().keys).toEqual([`:${APP_B}:x:k`, '@:k'])
    expect(getStorageSync('@:k')).toBe('smuggled too')
    // The escaped ids are visible in the names: no `:` or `@` inside a segment.
    expect(namesUnder(`wxh5:${APP_A}`)).toEqual([
      `wxh5:${APP_A}%003ay%003a:y:k`,
      `wxh5:${APP_A}:y::${APP_B}:x:k`,
      `wxh5:${APP_A}:y:@:k`,
    ])
  })

  it('an app without appId gets the anonymous app segment', () => {
    configure({ appId: undefined, userId: 'ns-test-user' })
    setStorageSync('k', 1)
    expect(localStorage.getItem('wxh5:@:ns-test-user:k')).toBe('N1')
    clearStorageSync()
    expect(localStorage.getItem('wxh5:@:ns-test-user:k')).toBeNull()
  })
})
