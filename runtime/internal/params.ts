import { fail } from './fail'

/**
 * wx spells types the way `Object.prototype.toString` does: String, Number, Boolean,
 * Object, Array, Function, ArrayBuffer, Undefined, Null.
 */
export function typeName(value: unknown): string {
  return Object.prototype.toString.call(value).slice(8, -1)
}

/** Expected type of a parameter; a trailing `?` marks it optional, `|` allows several. */
export type ParamRule = string

/**
 * Checks `options` against `rules` and throws the wx parameter error for the first
 * mismatch: `parameter error: parameter.url should be String instead of Undefined;`.
 */
export function checkParams(options: Record<string, unknown>, rules: Record<string, ParamRule>): void {
  for (const key in rules) {
    const [expected, optional] = rules[key].split('?')
    const value = options[key]
    // `optional` is '' (the text after `?`) for an optional rule, undefined for a required one.
    if (value === undefined && optional !== undefined) continue
    if (!expected.split('|').includes(typeName(value))) throw paramError(`.${key}`, expected, value)
  }
}

/** Options as wx receives them: a missing argument is an empty object; anything else must be an object. */
export function normalizeOptions(options: unknown): Record<string, unknown> {
  if (options == null) return {}
  if (typeof options !== 'object') throw paramError('', 'Object', options)
  return options as Record<string, unknown>
}

function paramError(path: string, expected: string, value: unknown) {
  return fail(`parameter error: parameter${path} should be ${expected} instead of ${typeName(value)};`)
}
