import { fail } from '../internal/fail'
import { checkParams, typeName } from '../internal/params'

/** `key` must be a String, for the sync APIs as for the async ones. */
export function checkKey(key: unknown): asserts key is string {
  checkParams({ key }, { key: 'String' })
}

export interface KeyValue { key: string, value: unknown }

/** batchSetStorage's `kvList`: an Array of `{ key: String, value }`. */
export function checkKvList(kvList: unknown): asserts kvList is KeyValue[] {
  checkParams({ kvList }, { kvList: 'Array' })
  ;(kvList as unknown[]).forEach((item, i) => {
    if (typeName(item) !== 'Object') throw fail(`parameter error: parameter.kvList[${i}] should be Object instead of ${typeName(item)};`)
    const key = (item as Record<string, unknown>).key
    if (typeof key !== 'string') throw fail(`parameter error: parameter.kvList[${i}].key should be String instead of ${typeName(key)};`)
  })
}

/** batchGetStorage's `keyList`: an Array of Strings. */
export function checkKeyList(keyList: unknown): asserts keyList is string[] {
  checkParams({ keyList }, { keyList: 'Array' })
  ;(keyList as unknown[]).forEach((key, i) => {
    if (typeof key !== 'string') throw fail(`parameter error: parameter.keyList[${i}] should be String instead of ${typeName(key)};`)
  })
}
