import { fail } from '../internal/fail'
import { checkParams, typeName } from '../internal/params'

/** `key` must be a String, for the sync APIs as for the async ones. */
export function checkKey(key: unknown): asserts key is string {
  checkParams({ key }, { key: 'String' })
}

function expectType(ok: boolean, path: string, expected: string, value: unknown): void {
  if (!ok) throw fail(`parameter error: parameter.${path} should be ${expected} instead of ${typeName(value)};`)
}

export interface KeyValue { key: string, value: unknown }

/** batchSetStorage's `kvList`: an Array of `{ key: String, value }`. */
export function checkKvList(kvList: unknown): asserts kvList is KeyValue[] {
  checkParams({ kvList }, { kvList: 'Array' })
  ;(kvList as Array<{ key?: unknown }>).forEach((item, i) => {
    expectType(typeName(item) === 'Object', `kvList[${i}]`, 'Object', item)
    expectType(typeof item.key === 'string', `kvList[${i}].key`, 'String', item.key)
  })
}

/** batchGetStorage's `keyList`: an Array of Strings. */
export function checkKeyList(keyList: unknown): asserts keyList is string[] {
  checkParams({ keyList }, { keyList: 'Array' })
  ;(keyList as unknown[]).forEach((key, i) => expectType(typeof key === 'string', `keyList[${i}]`, 'String', key))
}
