import { config, configure, onConfigure } from '../internal/config'
import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { requireTap } from './tap'

declare module '../internal/config' {
  interface WxH5Config {
    /** Other mini-programs as web apps: appId → URL, for navigateToMiniProgram / navigateBackMiniProgram. */
    miniPrograms?: Record<string, string>
  }
}

/**
 * The query parameter that carries the jump to the other app:
 * `wxh5_referrer=<encodeURIComponent(JSON.stringify({ appId, extraData?, envVersion?, scene }))>`,
 * `appId` being the app that jumps, scene 1037 (opened by a mini-program) or 1038 (returned from one).
 */
export const REFERRER_PARAM = 'wxh5_referrer'

interface Payload { appId: string, extraData?: Record<string, unknown>, envVersion?: string, scene: 1037 | 1038 }

/** Where the page is left (one place, replaceable in tests). */
export const exit = { assign: (url: string): void => location.assign(url) }

/**
 * The URL of the other app: the map entry, `path` resolved against it (appended to the
 * hash when the entry ends in a hash route such as `https://b.example/#/`), and the payload.
 */
export function jumpUrl(base: string, path: string | undefined, payload: Payload): string {
  let url = new URL(base, location.href)
  const clean = (path ?? '').replace(/^\/+/, '')
  if (clean && url.hash) url.hash = `${url.hash.replace(/\/?$/, '/')}${clean}`
  else if (clean) url = new URL(clean, url)
  const param = `${REFERRER_PARAM}=${encodeURIComponent(JSON.stringify(payload))}`
  url.search = url.search ? `${url.search}&${param}` : param
  return url.href
}

function mapped(appId: string | undefined): string {
  const url = appId ? config.miniPrograms?.[appId] : undefined
  if (typeof url !== 'string') throw fail('invalid appid')
  return url
}

/** Leaves for the other app at `base` (and `path`), handing it `payload` and `extraData`. */
function jump(base: string, path: string | undefined, payload: Payload, extraData: Record<string, unknown> | undefined): void {
  if (extraData) payload.extraData = extraData
  exit.assign(jumpUrl(base, path, payload))
}

export interface NavigateToMiniProgramOptions {
  appId?: string
  path?: string
  extraData?: Record<string, unknown>
  envVersion?: 'develop' | 'trial' | 'release'
  shortLink?: string
  noRelaunchIfPathUnchanged?: boolean
}

/**
 * wx.navigateToMiniProgram: opens the mapped URL in the same tab (needs a user tap).
 * An appId with no entry in `configure({ miniPrograms })` fails `invalid appid`, as an
 * unknown appId does in WeChat; shortLink alone cannot be resolved on the web.
 */
export const navigateToMiniProgram = /* @__PURE__ */ defineAsync<NavigateToMiniProgramOptions>('navigateToMiniProgram', (o) => {
  checkParams(o as Record<string, unknown>, { appId: 'String?', path: 'String?', extraData: 'Object?', envVersion: 'String?', shortLink: 'String?' })
  requireTap()
  jump(mapped(o.appId), o.path, { appId: config.appId ?? '', scene: 1037, envVersion: o.envVersion ?? 'release' }, o.extraData)
})

/**
 * wx.navigateBackMiniProgram: back to the app that opened this one (its appId from
 * referrerInfo, its URL from the map), handing it `extraData` with scene 1038.
 */
export const navigateBackMiniProgram = /* @__PURE__ */ defineAsync<{ extraData?: Record<string, unknown> }>('navigateBackMiniProgram', (o) => {
  checkParams(o as Record<string, unknown>, { extraData: 'Object?' })
  const from = config.referrerInfo?.appId
  if (!from || config.scene !== 1037) throw fail('not MiniProgram can navigate back.')
  jump(mapped(from), undefined, { appId: config.appId ?? '', scene: 1038 }, o.extraData)
})

/**
 * The receiving side: on the first configure() of a page opened by a jump, the payload
 * becomes `configure({ scene, referrerInfo: { appId, extraData } })` (what
 * getLaunchOptionsSync / onAppShow report) and the parameter leaves the address bar.
 */
export function receiveJump(search = location.search): Payload | undefined {
  const params = new URLSearchParams(search)
  const raw = params.get(REFERRER_PARAM)
  if (raw === null) return undefined
  let payload: Payload
  try {
    payload = JSON.parse(raw) as Payload
  }
  catch {
    return undefined
  }
  if (!payload || typeof payload.appId !== 'string' || (payload.scene !== 1037 && payload.scene !== 1038)) return undefined
  const referrerInfo: { appId: string, extraData?: Record<string, unknown> } = { appId: payload.appId }
  if (payload.extraData && typeof payload.extraData === 'object') referrerInfo.extraData = payload.extraData
  configure({ scene: payload.scene, referrerInfo })
  return payload
}

function stripParam(): void {
  const url = new URL(location.href)
  const kept = url.search.slice(1).split('&').filter(part => part && !part.startsWith(`${REFERRER_PARAM}=`))
  url.search = kept.join('&')
  history.replaceState(history.state, '', url.href)
}

let received = false
/* @__PURE__ */ onConfigure(() => {
  if (received || typeof location === 'undefined') return
  received = true
  if (receiveJump()) stripParam()
})
