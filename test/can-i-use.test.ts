import { describe, expect, it } from 'vitest'
import { resolveCanIUse } from '../runtime/base/can-i-use-core'
import { compareVersion, isVersion } from '../runtime/internal/version'
import { LATEST_VERSION } from '../runtime/catalog'
import { CAN_I_USE_TABLE, TABLE_IMPLEMENTED, expectedFor } from './can-i-use-table'

describe('resolveCanIUse table', () => {
  it('has enough rows, and no API both implemented and not', () => {
    expect(CAN_I_USE_TABLE.length).toBeGreaterThanOrEqual(60)
    const unimplemented = CAN_I_USE_TABLE.filter((r) => r.implemented === false).map((r) => r.api)
    expect(unimplemented.filter((api) => TABLE_IMPLEMENTED.has(api!))).toEqual([])
  })

  it.each(CAN_I_USE_TABLE.map((row) => [row.schema, row.target, row.expected] as const))(
    '%s at %s -> %s',
    (schema, target, expected) => {
      expect(resolveCanIUse(schema, target, TABLE_IMPLEMENTED)).toBe(expected)
    },
  )

  it('gives the same answers with a predicate as with a set', () => {
    const has = (api: string) => TABLE_IMPLEMENTED.has(api)
    const answers = CAN_I_USE_TABLE.map((r) => resolveCanIUse(r.schema, r.target, has))
    expect(answers).toEqual(CAN_I_USE_TABLE.map((r) => r.expected))
  })

  it('answers false for every row when nothing is implemented', () => {
    const answers = CAN_I_USE_TABLE.map((r) => resolveCanIUse(r.schema, r.target, new Set()))
    expect(answers.filter(Boolean)).toEqual([])
    expect(CAN_I_USE_TABLE.map((r) => expectedFor(r, () => false))).toEqual(CAN_I_USE_TABLE.map(() => false))
  })

  it('depends on exactly the row api being implemented', () => {
    for (const row of CAN_I_USE_TABLE.filter((r) => r.expected)) {
      expect(resolveCanIUse(row.schema, row.target, (api) => api === row.api)).toBe(true)
      expect(resolveCanIUse(row.schema, row.target, (api) => api !== row.api)).toBe(false)
    }
  })

  it('reproduces its own answers through expectedFor', () => {
    const has = (api: string) => TABLE_IMPLEMENTED.has(api)
    expect(CAN_I_USE_TABLE.map((r) => expectedFor(r, has))).toEqual(CAN_I_USE_TABLE.map((r) => r.expected))
  })
})

describe('resolveCanIUse input handling', () => {
  const all = () => true

  it('answers false for non-strings', () => {
    for (const schema of [undefined, null, 42, {}, ['showToast'], true]) {
      expect(resolveCanIUse(schema, LATEST_VERSION, all)).toBe(false)
    }
  })

  it('answers false for a target that is not a version', () => {
    expect(resolveCanIUse('showToast', 'latest', all)).toBe(false)
    expect(resolveCanIUse('showToast', '', all)).toBe(false)
    expect(resolveCanIUse('showToast', '2', all)).toBe(true)
  })

  it('does not see Object.prototype members as APIs, params or classes', () => {
    expect(resolveCanIUse('hasOwnProperty', LATEST_VERSION, all)).toBe(false)
    expect(resolveCanIUse('showToast.object.__proto__', LATEST_VERSION, all)).toBe(false)
    expect(resolveCanIUse('RequestTask.toString', LATEST_VERSION, all)).toBe(false)
  })
})

describe('compareVersion / isVersion', () => {
  it('compares numerically, segment by segment', () => {
    expect(compareVersion('2.29.1', '2.3.0')).toBe(1)
    expect(compareVersion('2.3.0', '2.29.1')).toBe(-1)
    expect(compareVersion('2.10', '2.10.0')).toBe(0)
    expect(compareVersion('3', '2.99.99')).toBe(1)
    expect(compareVersion('1.9.90', '1.9.9')).toBe(1)
  })

  it('recognises base-library versions only', () => {
    expect(['2', '2.10', '2.10.2'].map(isVersion)).toEqual([true, true, true])
    expect(['', '2.', 'v2.1', '2.1.0.1', '2.x', ' 2.1'].map(isVersion)).toEqual([false, false, false, false, false, false])
    expect(isVersion(2)).toBe(false)
  })
})
