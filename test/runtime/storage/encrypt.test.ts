import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { clearStorageSync, getStorage, getStorageInfoSync, getStorageSync, setStorage, setStorageSync } from '../../../runtime/storage/index'
import { MB, removeUnder } from './helpers'

const PREFIX = 'wxh5:encrypt-test:u:'

beforeEach(() => {
  configure({ appId: 'encrypt-test', userId: 'u' })
  clearStorageSync()
})
afterAll(() => removeUnder('wxh5:encrypt-test:'))

describe('encrypt: true', () => {
  it('round-trips through setStorage / getStorage, unreadable at rest', async () => {
    const value = { token: 'secret-token-123', list: [1, 2], when: 'x' }
    await expect(setStorage({ key: 'enc', data: value, encrypt: true })).resolves.toEqual({ errMsg: 'setStorage:ok' })
    await expect(getStorage({ key: 'enc', encrypt: true })).resolves.toEqual({ data: value, errMsg: 'getStorage:ok' })
    const stored = localStorage.getItem(`${PREFIX}enc`)!
    expect(stored[0]).toBe('E')
    expect(stored).not.toContain('secret-token')
    expect(getStorageInfoSync().keys).toEqual(['enc'])
  })

  it('keeps types: Date, string, number', async () => {
    await setStorage({ key: 'd', data: new Date(5000), encrypt: true })
    await setStorage({ key: 's', data: 'text', encrypt: true })
    await setStorage({ key: 'n', data: 7, encrypt: true })
    await expect(getStorage({ key: 'd', encrypt: true })).resolves.toEqual({ data: new Date(5000), errMsg: 'getStorage:ok' })
    expect(((await getStorage({ key: 'd', encrypt: true })).data as Date)).toBeInstanceOf(Date)
    await expect(getStorage({ key: 's', encrypt: true })).resolves.toEqual({ data: 'text', errMsg: 'getStorage:ok' })
    await expect(getStorage({ key: 'n', encrypt: true })).resolves.toEqual({ data: 7, errMsg: 'getStorage:ok' })
  })

  it('uses a fresh IV each time: the same value encrypts differently', async () => {
    await setStorage({ key: 'a', data: 'same', encrypt: true })
    const first = localStorage.getItem(`${PREFIX}a`)
    await setStorage({ key: 'a', data: 'same', encrypt: true })
    expect(localStorage.getItem(`${PREFIX}a`)).not.toBe(first)
  })

  it('without encrypt, an encrypted entry reads as its ciphertext string', async () => {
    await setStorage({ key: 'a', data: 'plain', encrypt: true })
    const ciphertext = localStorage.getItem(`${PREFIX}a`)!.slice(1)
    expect(getStorageSync('a')).toBe(ciphertext)
    await expect(getStorage({ key: 'a' })).resolves.toEqual({ data: ciphertext, errMsg: 'getStorage:ok' })
  })

  it('fails to decrypt data that was not encrypted, or was tampered with, or belongs to another user', async () => {
    setStorageSync('plain', 'p')
    await expect(getStorage({ key: 'plain', encrypt: true })).rejects.toEqual({ errMsg: 'getStorage:fail data is not encrypted' })
    await setStorage({ key: 'a', data: 'v', encrypt: true })
    const stored = localStorage.getItem(`${PREFIX}a`)!
    // Move the entry under another user's namespace: its key does not open it.
    localStorage.setItem('wxh5:encrypt-test:v:a', stored)
    configure({ userId: 'v' })
    await expect(getStorage({ key: 'a', encrypt: true })).rejects.toEqual({ errMsg: 'getStorage:fail decrypt failed' })
    localStorage.removeItem('wxh5:encrypt-test:v:a')
    configure({ userId: 'u' })
    localStorage.setItem(`${PREFIX}a`, `E${stored.slice(1, -4)}AAA=`)
    await expect(getStorage({ key: 'a', encrypt: true })).rejects.toEqual({ errMsg: 'getStorage:fail decrypt failed' })
    localStorage.setItem(`${PREFIX}a`, 'E!!not base64!!')
    await expect(getStorage({ key: 'a', encrypt: true })).rejects.toEqual({ errMsg: 'getStorage:fail decrypt failed' })
    await expect(getStorage({ key: 'missing', encrypt: true })).rejects.toEqual({ errMsg: 'getStorage:fail data not found' })
  })

  it('limits the plain data to 0.7 MB per key (key + data), old value kept', async () => {
    const limit = Math.floor(0.7 * MB) // 734003 characters
    await setStorage({ key: 'big', data: 'x'.repeat(limit - 3), encrypt: true })
    await expect(setStorage({ key: 'big', data: 'y'.repeat(limit - 2), encrypt: true })).rejects.toEqual({ errMsg: 'setStorage:fail:entry size limit reached' })
    await expect(getStorage({ key: 'big', encrypt: true })).resolves.toEqual({ data: 'x'.repeat(limit - 3), errMsg: 'getStorage:ok' })
    // What is counted is what is stored: the base64 ciphertext, about 4/3 of the plain data.
    const stored = localStorage.getItem(`${PREFIX}big`)!
    expect(getStorageInfoSync().currentSize).toBe(Math.ceil((3 + stored.length - 1) / 1024))
    expect(stored.length - 1).toBe(Math.ceil((12 + limit - 3 + 1 + 16) / 3) * 4)
  })

  it('refuses values that cannot be serialised before encrypting', async () => {
    await expect(setStorage({ key: 'f', data: () => 1, encrypt: true })).rejects.toEqual({ errMsg: 'setStorage:fail data is not serializable: Function' })
    expect(getStorageInfoSync().keys).toEqual([])
  })
})
