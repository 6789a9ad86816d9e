import { getTarget } from '../internal/config'
import { defineSync } from '../internal/define'
import { CATALOG_PACKED, CLASSES_PACKED } from './can-i-use-data'
import { createCanIUse } from './can-i-use-core'
import { unpackCanIUse } from './can-i-use-pack'

// The catalog entries of implemented APIs only: the answers are the same as over the whole
// catalog (an unimplemented API is false either way) at a fraction of the bytes. Unpacked on
// the first call.
let resolve: ReturnType<typeof createCanIUse> | undefined

/** The packed data holds implemented APIs only (scripts/gen-implemented.js), so every API it
 *  knows is implemented: no list of names ships with canIUse. */
const holdsOnlyImplemented = (): boolean => true

/**
 * `wx.canIUse(schema)`: the shared resolver asked with the configured base library and the
 * APIs this runtime implements, so run time answers exactly as the transform's folding does.
 */
export const canIUse = /* @__PURE__ */ defineSync('canIUse', (schema: string): boolean =>
  (resolve ??= createCanIUse(unpackCanIUse(CATALOG_PACKED, CLASSES_PACKED)))(schema, getTarget(), holdsOnlyImplemented))
