import { config, getTarget, onConfigure } from '../internal/config'
import { defineSync } from '../internal/define'
import { parseQuery, readRawLocation } from '../internal/location'
import { typeName } from '../internal/params'
import { compareVersion } from '../internal/version'

export interface ReferrerInfo { appId?: string, extraData?: Record<string, unknown> }

declare module '../internal/config' {
  interface WxH5Config {
    /** Scene value reported in launch/enter options (default 1001, the main entry). */
    scene?: number
    /** referrerInfo reported in launch/enter options (default `{}`). */
    referrerInfo?: ReferrerInfo
  }
}

export interface LaunchOptions {
  path: string
  query: Record<string, string>
  scene: number
  referrerInfo: ReferrerInfo
  forwardMaterials: unknown[]
  apiCategory?: 'default'
}

/** Scene 1001: opened from the main entry ("recently used" in Discover), wx's most common launch. */
export const DEFAULT_SCENE = 1001

// Validates the two fields when configure() sets them. A registration, not a DOM effect; with
// `sideEffects: false` it is only bundled when something from this module is used.
onConfigure((changed) => {
  if ('scene' in changed && changed.scene !== undefined && !(typeof changed.scene === 'number' && Number.isInteger(changed.scene) && changed.scene > 0))
    throw new TypeError(`[wx-h5] configure: \`scene\` must be a positive integer scene value like 1001; got ${JSON.stringify(changed.scene)}.`)
  if ('referrerInfo' in changed && changed.referrerInfo !== undefined && typeName(changed.referrerInfo) !== 'Object')
    throw new TypeError(`[wx-h5] configure: \`referrerInfo\` must be an object like { appId, extraData }; got ${typeName(changed.referrerInfo)}.`)
})

/**
 * The URL the document was loaded with: later pushState/replaceState navigations do not
 * change where the app was launched from (a reload is a new launch).
 */
function launchUrl(): Pick<Location, 'pathname' | 'search' | 'hash'> {
  const entry = performance.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined
  if (entry?.name) {
    try {
      return new URL(entry.name)
    }
    catch {
      // An opaque entry name: fall back to the current location.
    }
  }
  return location
}

/** The app's entry page when the URL names none (site root). */
function entryPage(): string {
  const app = config.app
  const page = app?.entryPagePath ?? app?.pages?.[0] ?? ''
  return page.replace(/^\/+/, '').replace(/\.html$/, '')
}

/** Launch/enter options for a location: path and query from the URL, scene and referrerInfo from config. */
export function optionsAt(loc: Pick<Location, 'pathname' | 'search' | 'hash'>): LaunchOptions {
  const { path, search } = readRawLocation(loc)
  const query = parseQuery(search)
  // The hand-over parameter of navigateToMiniProgram (runtime/open/mini-program.ts) is
  // transport, not part of the launch query; the open area reads it into referrerInfo.
  delete query.wxh5_referrer
  const options: LaunchOptions = {
    path: path || entryPage(),
    query,
    scene: config.scene ?? DEFAULT_SCENE,
    referrerInfo: { ...config.referrerInfo },
    forwardMaterials: [],
  }
  // apiCategory exists from base library 2.20.0.
  if (compareVersion(getTarget(), '2.20.0') >= 0) options.apiCategory = 'default'
  return options
}

/** A deep-enough copy: callers may mutate what they get. */
export function copyOptions(options: LaunchOptions): LaunchOptions {
  return { ...options, query: { ...options.query }, referrerInfo: { ...options.referrerInfo }, forwardMaterials: [...options.forwardMaterials] }
}

let enter: LaunchOptions | undefined

/** Records the options of the latest show (the app coming to the foreground). */
export function recordEnter(options: LaunchOptions): void {
  enter = copyOptions(options)
}

export function launchOptions(): LaunchOptions {
  return optionsAt(launchUrl())
}

export const getLaunchOptionsSync = /* @__PURE__ */ defineSync('getLaunchOptionsSync', (): LaunchOptions => launchOptions())

/** The options of the latest entry to the foreground; the launch options until it re-enters. */
export const getEnterOptionsSync = /* @__PURE__ */ defineSync('getEnterOptionsSync', (): LaunchOptions =>
  enter ? copyOptions(enter) : launchOptions())
