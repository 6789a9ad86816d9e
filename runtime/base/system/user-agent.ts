// Which device the page runs on, in wx's terms (platform, system, brand, model), from the
// User-Agent string and User-Agent Client Hints. Pure parsing plus one cached async read of
// the high-entropy hints (the real OS version and phone model that Chromium's reduced UA hides).

export type WxPlatform = 'ios' | 'android' | 'ohos' | 'ohos_pc' | 'windows' | 'mac' | 'devtools'

export interface DeviceIdentity {
  platform: WxPlatform
  /** OS and version, as wx spells it: "iOS 17.1", "Android 14", "Windows 10", "macOS 10.15.7". */
  system: string
  brand: string
  model: string
}

/** The UA-CH data a browser may expose (`navigator.userAgentData` plus high-entropy values). */
export interface ClientHints {
  platform?: string
  mobile?: boolean
  platformVersion?: string
  model?: string
  architecture?: string
  bitness?: string
}

/** What wx reports for a device it does not know (its own docs: new models show "unknown"). */
export const UNKNOWN = 'unknown'

const WINDOWS_NT: Readonly<Record<string, string>> = { '10.0': '10', '6.3': '8.1', '6.2': '8', '6.1': '7', '6.0': 'Vista' }

function dotted(version: string | undefined): string {
  return (version ?? '').replace(/_/g, '.')
}

function windowsName(ua: string, hints: ClientHints): string {
  // UA-CH platformVersion 13+ is Windows 11 (the UA string says NT 10.0 for both).
  const major = Number((hints.platformVersion ?? '').split('.')[0])
  const name = hints.platformVersion && major >= 13 ? '11' : hints.platformVersion && major > 0 ? '10' : WINDOWS_NT[/Windows NT ([\d.]+)/.exec(ua)?.[1] ?? ''] ?? ''
  const arch = hints.architecture === 'arm' ? 'arm64' : hints.bitness === '64' || /Win64|WOW64|x64/.test(ua) ? 'x64' : ''
  return ['Windows', name, arch].filter(Boolean).join(' ')
}

function androidModel(ua: string, hints: ClientHints): string {
  if (hints.model) return hints.model
  // "Android 14; Pixel 8 Build/..." — Chrome's reduced UA says "Android 10; K", which names nothing.
  const model = /Android[^;)]*;\s*([^;)]+?)(?:\s+Build\/[^;)]*)?\)/.exec(ua)?.[1]?.trim()
  return model && model !== 'K' && !/^wv$/.test(model) ? model : UNKNOWN
}

/** One identity: `system` is the OS name, followed by its version when one is known. */
function identity(platform: WxPlatform, os: string, version?: string, brand = UNKNOWN, model = UNKNOWN): DeviceIdentity {
  return { platform, system: version ? `${os} ${version}` : os, brand, model }
}

/**
 * Reads the device identity from a UA string and optional client hints. Desktop systems
 * without a WeChat client (Linux, ChromeOS) report the PC platform `windows`, so PC layouts
 * apply, while `system` still names the real OS (docs/system-info.md).
 */
export function parseUserAgent(ua: string, hints: ClientHints = {}, maxTouchPoints = 0): DeviceIdentity {
  const hint = (hints.platform ?? '').toLowerCase()
  if (/OpenHarmony|HarmonyOS/i.test(ua) || hint === 'harmonyos') {
    const pc = /PC|Tablet/.test(ua) && !/Phone/.test(ua) && hints.mobile !== true
    return identity(pc ? 'ohos_pc' : 'ohos', 'HarmonyOS', /(?:OpenHarmony|HarmonyOS)[ /]?([\d.]+)/i.exec(ua)?.[1], UNKNOWN, hints.model || UNKNOWN)
  }
  const iDevice = /iPhone|iPad|iPod/.exec(ua)?.[0] ?? (/Macintosh/.test(ua) && maxTouchPoints > 1 ? 'iPad' : undefined)
  if (iDevice || hint === 'ios') {
    const device = iDevice === 'iPod' ? 'iPhone' : iDevice ?? 'iPhone'
    return identity('ios', 'iOS', dotted(/OS (\d+[_.]\d+(?:[_.]\d+)?) like Mac OS X/.exec(ua)?.[1] ?? /Version\/([\d.]+)/.exec(ua)?.[1]), device, device)
  }
  if (/Android/.test(ua) || hint === 'android')
    return identity('android', 'Android', hints.platformVersion || /Android\s+([\d.]+)/.exec(ua)?.[1], UNKNOWN, androidModel(ua, hints))
  if (/Windows/.test(ua) || hint === 'windows')
    return identity('windows', windowsName(ua, hints))
  if (/Macintosh|Mac OS X/.test(ua) || hint === 'macos')
    return identity('mac', 'macOS', hints.platformVersion || dotted(/Mac OS X ([\d_.]+)/.exec(ua)?.[1]))
  if (hints.mobile === true || /Mobile/.test(ua))
    return identity('android', 'Android', undefined, UNKNOWN, hints.model || UNKNOWN)
  const os = /CrOS/.test(ua) || hint === 'chrome os' ? 'ChromeOS' : 'Linux'
  return identity('windows', os, /(x86_64|aarch64|arm64|i686)/.exec(ua)?.[1] ?? hints.architecture)
}

interface UserAgentData {
  platform?: string
  mobile?: boolean
  getHighEntropyValues?: (hints: string[]) => Promise<ClientHints>
}

/** The high-entropy hints asked for; an empty answer counts as none. */
const HIGH_ENTROPY = ['platformVersion', 'model', 'architecture', 'bitness'] as const

let highEntropy: ClientHints | undefined
let pending: Promise<void> | undefined

function userAgentData(): UserAgentData | undefined {
  return (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData
}

/** The identity of this browser: sync, from the UA string, low-entropy hints and whatever
 *  high-entropy hints an earlier async call has already fetched. */
export function currentIdentity(): DeviceIdentity {
  const data = userAgentData()
  return parseUserAgent(navigator.userAgent, { platform: data?.platform, mobile: data?.mobile, ...highEntropy }, navigator.maxTouchPoints ?? 0)
}

/** Fetches the high-entropy hints once (never rejects, never blocks longer than the browser
 *  takes to answer); the async system-info APIs await it, sync ones use it once it is there. */
export function loadHighEntropyHints(): Promise<void> {
  const get = userAgentData()?.getHighEntropyValues
  if (typeof get !== 'function') return Promise.resolve()
  pending ??= get.call(userAgentData(), [...HIGH_ENTROPY])
    .then((values) => {
      highEntropy = {}
      for (const name of HIGH_ENTROPY) if (values[name]) highEntropy[name] = values[name]
    }, () => {})
  return pending
}
