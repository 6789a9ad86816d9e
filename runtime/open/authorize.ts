import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { ensureScope } from './scope'

export interface AuthorizeOptions { scope: string }

/** wx.authorize: asks for `scope` now (see ensureScope), without calling the guarded API. */
export const authorize = /* @__PURE__ */ defineAsync<AuthorizeOptions>('authorize', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { scope: 'String' })
  return ensureScope(o.scope, 'authorize')
})

const PLUGIN_SCOPES = ['scope.record', 'scope.writePhotosAlbum', 'scope.camera']

/**
 * wx.authorizeForMiniProgram: the plugin flavour of authorize. Callback-only (never a
 * Promise), and only for scope.record, scope.writePhotosAlbum and scope.camera; it shares
 * the decisions of authorize (a web app has one host page, not a host and a plugin).
 */
export const authorizeForMiniProgram = /* @__PURE__ */ defineAsync<AuthorizeOptions>('authorizeForMiniProgram', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { scope: 'String' })
  if (!PLUGIN_SCOPES.includes(o.scope)) throw fail(`scope "${o.scope}" is not supported to be authorized by plugin`)
  return ensureScope(o.scope, 'authorizeForMiniProgram')
}, false)
