import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { callAdapter, onlyObject, expectField, type GetUserInfoOptions, type GetUserProfileOptions, type LoginOptions, type LoginResult, type UserInfoResult } from './adapters'
import { ensurePrivacy } from './privacy'
import { requireTap } from './tap'

function withTimeout<R>(work: Promise<R>, timeout: number | undefined): Promise<R> {
  if (timeout === undefined) return work
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(fail('timeout')), timeout)
    work.then(resolve, reject).finally(() => clearTimeout(timer))
  })
}

/** wx.login: `{ code }` from the login adapter; `timeout` (ms) fails `login:fail timeout`. */
export const login = /* @__PURE__ */ defineAsync<LoginOptions, LoginResult>('login', async (o) => {
  checkParams(o as Record<string, unknown>, { timeout: 'Number?' })
  const result = await withTimeout(callAdapter<LoginResult>('login', o), o.timeout)
  return expectField('login', result, 'code', 'string')
})

/** wx.checkSession: succeeds while the adapter says the session is valid. */
export const checkSession = /* @__PURE__ */ defineAsync('checkSession', async (o) => {
  return onlyObject(await callAdapter<unknown>('checkSession', o))
})

/** The adapter's user info, after the privacy gate. */
async function userInfo(api: string, options: object): Promise<UserInfoResult> {
  await ensurePrivacy(api)
  return expectField(api, await callAdapter<UserInfoResult>(api, options), 'userInfo', 'object')
}

/** wx.getUserInfo: the adapter's user info, after the privacy gate. */
export const getUserInfo = /* @__PURE__ */ defineAsync<GetUserInfoOptions, UserInfoResult>('getUserInfo', (o) => {
  checkParams(o as Record<string, unknown>, { lang: 'String?', withCredentials: 'Boolean?' })
  return userInfo('getUserInfo', o)
})

/** wx.getUserProfile: needs a user tap and `desc`; the adapter provides the profile. */
export const getUserProfile = /* @__PURE__ */ defineAsync<GetUserProfileOptions, UserInfoResult>('getUserProfile', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { desc: 'String', lang: 'String?' })
  requireTap()
  return userInfo('getUserProfile', o)
})
