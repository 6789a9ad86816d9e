import type { AsyncApi } from '../internal/define'
import { defineAsync, defineSync } from '../internal/define'

/**
 * `name` and `nameSync` from one body. The sync form passes its argument straight through and
 * returns the body's value; the async form passes the option `field` ('' : no argument) and
 * succeeds with `toResult(value)`. The body checks its argument, so both forms fail alike.
 */
export function definePair<F extends string, A extends unknown[], R, Res extends object = R extends object ? R : object>(
  name: string,
  field: F,
  body: (...args: A) => R,
  toResult: (value: R) => Res | void = value => value as unknown as Res,
): readonly [AsyncApi<F extends '' ? object : { [K in F]: A[0] }, Res>, (...args: A) => R] {
  return [
    defineAsync<Record<string, unknown>, Res>(name, options => toResult((body as unknown as (arg: unknown) => R)(field && options[field]))),
    defineSync(`${name}Sync`, body),
  ] as never
}
