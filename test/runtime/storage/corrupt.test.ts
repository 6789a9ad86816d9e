import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { batchGetStorageSync, getStorage, getStorageInfoSync, getStorageSync, setStorageSync } from '../../../runtime/storage/index'
import { removeUnder } from './helpers'

const PREFIX = 'wxh5:corrupt-test:u:'
const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})

beforeAll(() => {
  removeUnder('wxh5:corrupt-test:')
  // Entries already in place before the runtime's first use: one good, several bad.
  localStorage.setItem(`${PREFIX}good`, 'J{"ok":true}')
  localStorage.setItem(`${PREFIX}badjson`, 'J{"ok":')
  localStorage.setItem(`${PREFIX}notag`, 'plain text from other code')
  localStorage.setItem(`${PREFIX}empty`, '')
  localStorage.setItem(`${PREFIX}badbool`, 'Byes')
  configure({ appId: 'corrupt-test', userId: 'u' })
})
afterAll(() => removeUnder('wxh5:corrupt-test:'))

function warningsAbout(name: string): number {
  return warn.mock.calls.filter(([message]) => String(message).includes(`"${name}"`)).length
}

describe('corrupted or foreign entries inside the namespace', () => {
  it('are skipped by getStorageInfo, with one warning each', () => {
    expect(getStorageInfoSync()).toEqual({ keys: ['good'], currentSize: 1, limitSize: 10240 })
    for (const key of ['badjson', 'notag', 'empty', 'badbool']) expect(warningsAbout(`${PREFIX}${key}`)).toBe(1)
    expect(warn.mock.calls[0][0]).toBe(`[wx-h5] storage: ignoring the unreadable entry "${PREFIX}badjson" (corrupted, or written by other code).`)
  })

  it('read as missing, without crashing, and without a second warning', async () => {
    expect(getStorageSync('badjson')).toBe('')
    expect(getStorageSync('notag')).toBe('')
    expect(batchGetStorageSync(['good', 'empty', 'badbool'])).toEqual([{ ok: true }, '', ''])
    await expect(getStorage({ key: 'badjson' })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
    for (const key of ['badjson', 'notag', 'empty', 'badbool']) expect(warningsAbout(`${PREFIX}${key}`)).toBe(1)
  })

  it('can be overwritten with a good value', () => {
    setStorageSync('badjson', [1])
    expect(getStorageSync('badjson')).toEqual([1])
    expect(getStorageInfoSync().keys).toEqual(['good', 'badjson'])
  })

  it('a corrupted value that arrives later is reported once on read', () => {
    localStorage.setItem(`${PREFIX}later2`, 'X?')
    expect(getStorageSync('later2')).toBe('')
    expect(getStorageSync('later2')).toBe('')
    expect(warningsAbout(`${PREFIX}later2`)).toBe(1)
  })
})
