import { config } from '../internal/config'
import { defineAsync, defineSync } from '../internal/define'

declare module '../internal/config' {
  interface WxH5Config {
    /** What third-party platforms put in ext.json's `ext`: returned by getExtConfig(Sync). Default `{}`. */
    ext?: Record<string, unknown>
  }
}

function extConfig(): Record<string, unknown> {
  return config.ext ?? {}
}

export const getExtConfig = /* @__PURE__ */ defineAsync<Record<string, never>, { extConfig: Record<string, unknown> }>('getExtConfig', () => ({ extConfig: extConfig() }))

/** Returns the ext object itself (not wrapped), as wx does. */
export const getExtConfigSync = /* @__PURE__ */ defineSync('getExtConfigSync', (): Record<string, unknown> => extConfig())
