import { getTarget } from '../internal/config'
import { defineSync } from '../internal/define'
import { IMPLEMENTED } from '../implemented'
import { CAN_I_USE_DATA } from './can-i-use-data'
import { createCanIUse } from './can-i-use-core'

// The catalog entries of implemented APIs only: the answers are the same as over the whole
// catalog (an unimplemented API is false either way) at a fraction of the bytes.
const resolve = /* @__PURE__ */ createCanIUse(CAN_I_USE_DATA)

/**
 * `wx.canIUse(schema)`: the shared resolver asked with the configured base library and the
 * APIs this runtime implements, so run time answers exactly as the transform's folding does.
 */
export const canIUse = /* @__PURE__ */ defineSync('canIUse', (schema: string): boolean =>
  resolve(schema, getTarget(), IMPLEMENTED))
