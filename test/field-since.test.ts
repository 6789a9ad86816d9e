import { expect, it } from 'vitest'
import { FIELD_SINCE, HIDE_REASON_SINCE } from '../runtime/base/system/field-since'
import { CATALOG } from '../runtime/catalog'

it('system-info field versions equal the catalog\'s top-level result since-values', () => {
  for (const [api, fields] of Object.entries(FIELD_SINCE)) {
    const stated = Object.fromEntries(Object.entries(CATALOG[api]!.result ?? {}).filter(([key, since]) => since && !key.includes('.')))
    expect({ api, fields }).toEqual({ api, fields: stated })
  }
})

it('onAppHide\'s reason version equals the catalog\'s', () => {
  expect(HIDE_REASON_SINCE).toBe(CATALOG.onAppHide!.result!.reason)
})
