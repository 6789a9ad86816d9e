import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import {
  batchGetStorage, batchGetStorageSync, batchSetStorage, batchSetStorageSync, clearStorageSync, getStorage,
  getStorageInfoSync, getStorageSync, removeStorage, removeStorageSync, setStorage, setStorageSync,
} from '../../../runtime/storage/index'
import { removeUnder, spies, thrown } from './helpers'

// This file's own app, so parallel test files on the same origin never meet it.
const PREFIX = 'wxh5:storage-basics:'

beforeEach(() => {
  configure({ appId: 'storage-basics', userId: 'u1' })
  clearStorageSync()
})
afterAll(() => removeUnder(PREFIX))

describe('round trip', () => {
  it.each([
    ['a string', 'hello 世界'],
    ['an empty string', ''],
    ['a number', 42.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['true', true],
    ['false', false],
    ['null', null],
    ['a plain object', { a: 1, b: [true, null, 'x'], c: { d: 'e' } }],
    ['an array', [1, 'two', { three: 3 }, [4]]],
    ['a string that looks like JSON', '{"a":1}'],
  ])('keeps %s exactly', (_, value) => {
    setStorageSync('k', value)
    expect(getStorageSync('k')).toEqual(value)
    // Primitives exactly (Object.is tells NaN and type apart).
    if (typeof value !== 'object' || value === null) expect(Object.is(getStorageSync('k'), value)).toBe(true)
  })

  it('gives a Date back as a Date', async () => {
    const date = new Date(Date.UTC(2024, 1, 29, 12, 30, 45, 123))
    setStorageSync('when', date)
    const back = getStorageSync('when')
    expect(back).toBeInstanceOf(Date)
    expect((back as Date).getTime()).toBe(date.getTime())
    await expect(getStorage({ key: 'when' })).resolves.toEqual({ data: date, errMsg: 'getStorage:ok' })
  })

  it('keeps nested Dates the JSON way (ISO strings), as WeChat does for objects', () => {
    setStorageSync('nested', { at: new Date(Date.UTC(2020, 0, 1)) })
    expect(getStorageSync('nested')).toEqual({ at: '2020-01-01T00:00:00.000Z' })
  })

  it('stores undefined and reads it back as undefined (the key exists)', async () => {
    setStorageSync('u', undefined)
    expect(getStorageSync('u')).toBeUndefined()
    expect(getStorageInfoSync().keys).toEqual(['u'])
    await expect(getStorage({ key: 'u' })).resolves.toEqual({ data: undefined, errMsg: 'getStorage:ok' })
  })

  it('returns copies: mutating what was stored or read changes nothing', () => {
    const value = { list: [1, 2] }
    setStorageSync('obj', value)
    value.list.push(3)
    const first = getStorageSync('obj') as { list: number[] }
    first.list.push(99)
    expect(getStorageSync('obj')).toEqual({ list: [1, 2] })
    expect(getStorageSync('obj')).not.toBe(getStorageSync('obj'))
  })

  it('overwrites an existing key', () => {
    setStorageSync('k', 1)
    setStorageSync('k', 'two')
    expect(getStorageSync('k')).toBe('two')
    expect(getStorageInfoSync().keys).toEqual(['k'])
  })
})

describe('values that cannot be serialised', () => {
  const cyclic: Record<string, unknown> = { a: 1 }
  cyclic.self = cyclic
  it.each([
    ['a function', () => 1, 'Function'],
    ['a symbol', Symbol('s'), 'Symbol'],
    ['a BigInt', 10n, 'BigInt'],
    ['a nested BigInt', { n: 10n }, 'BigInt'],
    ['a cyclic object', cyclic, 'cyclic structure'],
  ])('refuse %s and write nothing', async (_, value, what) => {
    setStorageSync('k', 'old')
    expect(thrown(() => setStorageSync('k', value))).toBe(`setStorageSync:fail data is not serializable: ${what}`)
    await expect(setStorage({ key: 'k', data: value })).rejects.toEqual({ errMsg: `setStorage:fail data is not serializable: ${what}` })
    expect(getStorageSync('k')).toBe('old')
    expect(thrown(() => setStorageSync('fresh', value))).toContain('not serializable')
    expect(getStorageInfoSync().keys).toEqual(['k'])
  })
})

describe('missing keys', () => {
  it('getStorageSync gives ""', () => {
    expect(getStorageSync('nope')).toBe('')
  })

  it('getStorage fails with "data not found", fail then complete', async () => {
    const s = spies()
    getStorage({ key: 'nope', ...s })
    await vi.waitFor(() => expect(s.complete).toHaveBeenCalledTimes(1))
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'getStorage:fail data not found' })
    await expect(getStorage({ key: 'nope' })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
  })

  it('removing a missing key succeeds', async () => {
    await expect(removeStorage({ key: 'nope' })).resolves.toEqual({ errMsg: 'removeStorage:ok' })
    expect(() => removeStorageSync('nope')).not.toThrow()
  })
})

describe('async callbacks', () => {
  it('setStorage calls success then complete once, after returning, with setStorage:ok', async () => {
    const s = spies()
    expect(setStorage({ key: 'a', data: 1, ...s })).toBeUndefined()
    expect(s.calls).toEqual([])
    await vi.waitFor(() => expect(s.complete).toHaveBeenCalledTimes(1))
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'setStorage:ok' })
    expect(getStorageSync('a')).toBe(1)
  })

  it('getStorage resolves with data', async () => {
    setStorageSync('a', { x: 1 })
    await expect(getStorage({ key: 'a' })).resolves.toEqual({ data: { x: 1 }, errMsg: 'getStorage:ok' })
  })

  it('removeStorage removes', async () => {
    setStorageSync('a', 1)
    await removeStorage({ key: 'a' })
    expect(getStorageSync('a')).toBe('')
    expect(getStorageInfoSync().keys).toEqual([])
  })
})

describe('parameters', () => {
  it('words a bad key the wx way, async and sync', async () => {
    await expect(setStorage({ key: 1 as unknown as string, data: 1 })).rejects.toEqual({ errMsg: 'setStorage:fail parameter error: parameter.key should be String instead of Number;' })
    await expect(getStorage({} as { key: string })).rejects.toEqual({ errMsg: 'getStorage:fail parameter error: parameter.key should be String instead of Undefined;' })
    await expect(removeStorage({ key: null as unknown as string })).rejects.toEqual({ errMsg: 'removeStorage:fail parameter error: parameter.key should be String instead of Null;' })
    await expect(setStorage({ key: 'k', data: 1, encrypt: 'yes' as unknown as boolean })).rejects.toEqual({ errMsg: 'setStorage:fail parameter error: parameter.encrypt should be Boolean instead of String;' })
    expect(thrown(() => setStorageSync(undefined as unknown as string, 1))).toBe('setStorageSync:fail parameter error: parameter.key should be String instead of Undefined;')
    expect(thrown(() => getStorageSync({} as unknown as string))).toBe('getStorageSync:fail parameter error: parameter.key should be String instead of Object;')
    expect(thrown(() => removeStorageSync(3 as unknown as string))).toBe('removeStorageSync:fail parameter error: parameter.key should be String instead of Number;')
  })

  it('refuses an empty key with a bare fail, as the client does', async () => {
    expect(thrown(() => setStorageSync('', 1))).toBe('setStorageSync:fail')
    await expect(setStorage({ key: '', data: 1 })).rejects.toEqual({ errMsg: 'setStorage:fail' })
    expect(getStorageInfoSync().keys).toEqual([])
  })
})

describe('batch APIs', () => {
  it('batchSetStorageSync / batchGetStorageSync keep order; missing keys give ""', () => {
    batchSetStorageSync([{ key: 'a', value: 1 }, { key: 'b', value: { b: true } }, { key: 'c', value: 'c' }])
    expect(batchGetStorageSync(['c', 'missing', 'a', 'b'])).toEqual(['c', '', 1, { b: true }])
    expect(getStorageInfoSync().keys).toEqual(['a', 'b', 'c'])
  })

  it('batchSetStorage / batchGetStorage report through callbacks, dataList in the result', async () => {
    await expect(batchSetStorage({ kvList: [{ key: 'x', value: [1] }, { key: 'y', value: null }] })).resolves.toEqual({ errMsg: 'batchSetStorage:ok' })
    await expect(batchGetStorage({ keyList: ['y', 'x', 'z'] })).resolves.toEqual({ dataList: [null, [1], ''], errMsg: 'batchGetStorage:ok' })
  })

  it('a later duplicate key in one batch wins', () => {
    batchSetStorageSync([{ key: 'd', value: 1 }, { key: 'd', value: 2 }])
    expect(getStorageSync('d')).toBe(2)
    expect(getStorageInfoSync().keys).toEqual(['d'])
  })

  it('is all or nothing when one value cannot be serialised', async () => {
    setStorageSync('a', 'old')
    expect(thrown(() => batchSetStorageSync([{ key: 'a', value: 'new' }, { key: 'f', value: () => 1 }]))).toBe('batchSetStorageSync:fail data is not serializable: Function')
    await expect(batchSetStorage({ kvList: [{ key: 'a', value: 'new' }, { key: 'b', value: 1n }] })).rejects.toEqual({ errMsg: 'batchSetStorage:fail data is not serializable: BigInt' })
    expect(getStorageSync('a')).toBe('old')
    expect(getStorageInfoSync().keys).toEqual(['a'])
  })

  it('checks its parameters', async () => {
    await expect(batchSetStorage({} as { kvList: [] })).rejects.toEqual({ errMsg: 'batchSetStorage:fail parameter error: parameter.kvList should be Array instead of Undefined;' })
    await expect(batchSetStorage({ kvList: [{ key: 'a', value: 1 }, 'b'] as never })).rejects.toEqual({ errMsg: 'batchSetStorage:fail parameter error: parameter.kvList[1] should be Object instead of String;' })
    expect(thrown(() => batchSetStorageSync([{ key: 2, value: 1 }] as never))).toBe('batchSetStorageSync:fail parameter error: parameter.kvList[0].key should be String instead of Number;')
    await expect(batchGetStorage({ keyList: 'a' as never })).rejects.toEqual({ errMsg: 'batchGetStorage:fail parameter error: parameter.keyList should be Array instead of String;' })
    expect(thrown(() => batchGetStorageSync(['a', 1] as never))).toBe('batchGetStorageSync:fail parameter error: parameter.keyList[1] should be String instead of Number;')
    expect(getStorageInfoSync().keys).toEqual([])
  })
})
