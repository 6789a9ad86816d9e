import { config, onConfigure } from '../internal/config'
import { defineSync } from '../internal/define'

export type EnvVersion = 'develop' | 'trial' | 'release'

declare module '../internal/config' {
  interface WxH5Config {
    /** Version string getAccountInfoSync reports (WeChat fills it for release builds only). Default ''. */
    version?: string
    /** Build flavour getAccountInfoSync reports. Default 'release'. */
    envVersion?: EnvVersion
  }
}

const ENV_VERSIONS = ['develop', 'trial', 'release']

/* @__PURE__ */ onConfigure((changed) => {
  if ('version' in changed && changed.version !== undefined && typeof changed.version !== 'string')
    throw new TypeError(`[wx-h5] configure: \`version\` must be a string like "1.0.0"; got ${typeof changed.version}.`)
  if ('envVersion' in changed && changed.envVersion !== undefined && !ENV_VERSIONS.includes(changed.envVersion))
    throw new TypeError(`[wx-h5] configure: \`envVersion\` must be 'develop', 'trial' or 'release'; got ${JSON.stringify(changed.envVersion)}.`)
})

export interface AccountInfo {
  miniProgram: { appId: string, envVersion: EnvVersion, version: string }
  plugin: Record<string, never>
}

/** wx.getAccountInfoSync: from configure({ appId, envVersion, version }); a web app is never a plugin. */
export const getAccountInfoSync = /* @__PURE__ */ defineSync('getAccountInfoSync', (): AccountInfo => ({
  miniProgram: { appId: config.appId ?? '', envVersion: config.envVersion ?? 'release', version: config.version ?? '' },
  plugin: {},
}))
