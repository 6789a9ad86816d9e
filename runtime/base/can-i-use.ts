import { getTarget } from '../internal/config'
import { defineSync } from '../internal/define'
import { IMPLEMENTED } from '../implemented'
import { resolveCanIUse } from './can-i-use-core'

/**
 * `wx.canIUse(schema)`: the shared resolver asked with the configured base library and the
 * APIs this runtime implements, so run time answers exactly as the transform's folding does.
 */
export const canIUse = /* @__PURE__ */ defineSync('canIUse', (schema: string): boolean =>
  resolveCanIUse(schema, getTarget(), IMPLEMENTED))
