import { afterEach, describe, expect, it } from 'vitest'
import { canIUse } from '../../../runtime/base/can-i-use'
import { CATALOG } from '../../../runtime/catalog'
import { resolveCanIUse } from '../../../runtime/base/can-i-use-core'
import { configure, getTarget } from '../../../runtime/internal/config'
import { DEFAULT_TARGET } from '../../../runtime/internal/default-target'
import { IMPLEMENTED } from '../../../runtime/implemented'
import { CAN_I_USE_TABLE, expectedFor } from '../../can-i-use-table'

const has = (api: string): boolean => IMPLEMENTED.has(api)

afterEach(() => configure({ target: undefined }))

describe('canIUse (browser, configured target, real IMPLEMENTED)', () => {
  // Rows whose answer the runtime's real implemented set reproduces (all but rows that mark
  // an API unimplemented which the runtime has since implemented).
  const rows = CAN_I_USE_TABLE
    .map(row => [row.schema, row.target, expectedFor(row, has)] as const)
    .filter((row): row is readonly [string, string, boolean] => row[2] !== undefined)

  it('covers nearly the whole shared table', () => {
    expect(rows.length).toBeGreaterThanOrEqual(CAN_I_USE_TABLE.length - 5)
  })

  it.each(rows)('%s at %s -> %s', (schema, target, expected) => {
    configure({ target })
    expect(getTarget()).toBe(target)
    expect(canIUse(schema)).toBe(expected)
  })

  it('answers every row exactly as the shared resolver does', () => {
    for (const row of CAN_I_USE_TABLE) {
      configure({ target: row.target })
      expect(canIUse(row.schema)).toBe(resolveCanIUse(row.schema, row.target, IMPLEMENTED))
    }
  })
})

describe('canIUse and this area', () => {
  it('knows the base and app APIs this runtime implements', () => {
    for (const api of ['canIUse', 'base64ToArrayBuffer', 'arrayBufferToBase64', 'getSystemInfoSync', 'getSystemInfo', 'getWindowInfo', 'getLaunchOptionsSync', 'onAppShow', 'offThemeChange'])
      expect(canIUse(api), api).toBe(true)
    expect(canIUse('getSystemInfoSync.return.safeArea.left')).toBe(true)
    expect(canIUse('getSystemInfo.success.theme.dark')).toBe(true)
    expect(canIUse('onAppHide.callback.reason')).toBe(true)
  })

  it('uses the default target until one is configured, and follows later changes', () => {
    expect(getTarget()).toBe(DEFAULT_TARGET)
    expect(canIUse('getSystemInfoAsync')).toBe(true)
    configure({ target: '2.14.0' })
    expect(canIUse('getSystemInfoAsync')).toBe(false)
    configure({ target: '2.14.1' })
    expect(canIUse('getSystemInfoAsync')).toBe(true)
    configure({ target: '3.5.6' })
    expect(canIUse('onAppHide.callback.reason')).toBe(false)
    configure({ target: '3.5.7' })
    expect(canIUse('onAppHide.callback.reason')).toBe(true)
  })

  it('says false for every catalog API the web runtime does not implement, true for the others', () => {
    const missing = Object.keys(CATALOG).filter(api => !IMPLEMENTED.has(api))
    expect(missing.length).toBeGreaterThan(100)
    expect(missing.filter(api => canIUse(api))).toEqual([])
    expect(canIUse('updateWeChatApp')).toBe(false)
    const present = Object.keys(CATALOG).filter(api => IMPLEMENTED.has(api))
    expect(present.filter(api => !canIUse(api))).toEqual([])
  })

  it('answers false for unknown schemas and non-string input instead of throwing', () => {
    for (const schema of ['', 'nope', 'getSystemInfoSync.return.nope', 'getSystemInfo.object.nope.nope', '.', 'getSystemInfo..success', 'wx.canIUse', 'button.open-type.share'])
      expect(canIUse(schema), schema).toBe(false)
    for (const schema of [undefined, null, 42, {}, ['canIUse'], true])
      expect(canIUse(schema as unknown as string)).toBe(false)
    expect((canIUse as unknown as () => boolean)()).toBe(false)
  })
})
