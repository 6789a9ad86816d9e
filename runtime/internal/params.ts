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
    const rule = rules[key]
    const optional = rule.endsWith('?')
    const expected = optional ? rule.slice(0, -1) : rule
    const value = options[key]
    if (value === undefined && optional) continue
    const actual = typeName(value)
    if (!expected.split('|').includes(actual)) {
      throw fail(`parameter error: parameter.${key} should be ${expected} instead of ${actual};`)
    }
  }
}

/** Options as wx receives them: a missing argument is an empty object; anything else must be an object. */
export function normalizeOptions(options: unknown): Record<string, unknown> {
  if (options === undefined || options === null) return {}
  if (typeof options !== 'object') throw fail(`parameter error: parameter should be Object instead of ${typeName(options)};`)
  return options as Record<string, unknown>
}
