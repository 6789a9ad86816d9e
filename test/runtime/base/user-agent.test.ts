import { describe, expect, it } from 'vitest'
import { currentIdentity, loadHighEntropyHints, parseUserAgent } from '../../../runtime/base/system/user-agent'

const UA = {
  iphone: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1.2 Mobile/15E148 Safari/604.1',
  ipadDesktop: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
  androidReduced: 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36',
  androidFull: 'Mozilla/5.0 (Linux; Android 13; SM-S911B Build/TP1A.220624.014) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/112.0.0.0 Mobile Safari/537.36',
  windows: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  windows7: 'Mozilla/5.0 (Windows NT 6.1) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/109.0.0.0 Safari/537.36',
  mac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  linux: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  chromeos: 'Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36',
  harmony: 'Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile',
}

describe('parseUserAgent', () => {
  it('reads iOS devices, including an iPad asking for the desktop site', () => {
    expect(parseUserAgent(UA.iphone)).toEqual({ platform: 'ios', system: 'iOS 17.1.2', brand: 'iPhone', model: 'iPhone' })
    expect(parseUserAgent(UA.ipadDesktop, {}, 5)).toEqual({ platform: 'ios', system: 'iOS 17.2', brand: 'iPad', model: 'iPad' })
    expect(parseUserAgent(UA.ipadDesktop, {}, 0).platform).toBe('mac')
  })

  it('reads Android, preferring client hints over the reduced UA', () => {
    expect(parseUserAgent(UA.androidReduced)).toEqual({ platform: 'android', system: 'Android 10', brand: 'unknown', model: 'unknown' })
    expect(parseUserAgent(UA.androidReduced, { platform: 'Android', mobile: true, platformVersion: '14.0.0', model: 'Pixel 8' }))
      .toEqual({ platform: 'android', system: 'Android 14.0.0', brand: 'unknown', model: 'Pixel 8' })
    expect(parseUserAgent(UA.androidFull)).toEqual({ platform: 'android', system: 'Android 13', brand: 'unknown', model: 'SM-S911B' })
  })

  it('reads Windows, telling 11 from 10 by the UA-CH platform version', () => {
    expect(parseUserAgent(UA.windows)).toEqual({ platform: 'windows', system: 'Windows 10 x64', brand: 'unknown', model: 'unknown' })
    expect(parseUserAgent(UA.windows, { platform: 'Windows', platformVersion: '15.0.0', bitness: '64', architecture: 'x86' }).system).toBe('Windows 11 x64')
    expect(parseUserAgent(UA.windows, { platform: 'Windows', platformVersion: '10.0.0', bitness: '64' }).system).toBe('Windows 10 x64')
    expect(parseUserAgent(UA.windows7).system).toBe('Windows 7')
  })

  it('reads macOS, with the real version from client hints', () => {
    expect(parseUserAgent(UA.mac)).toEqual({ platform: 'mac', system: 'macOS 10.15.7', brand: 'unknown', model: 'unknown' })
    expect(parseUserAgent(UA.mac, { platform: 'macOS', platformVersion: '15.1.0' }).system).toBe('macOS 15.1.0')
  })

  it('reports desktops without a WeChat client as the PC platform, naming the real OS', () => {
    expect(parseUserAgent(UA.linux)).toEqual({ platform: 'windows', system: 'Linux x86_64', brand: 'unknown', model: 'unknown' })
    expect(parseUserAgent(UA.chromeos)).toEqual({ platform: 'windows', system: 'ChromeOS x86_64', brand: 'unknown', model: 'unknown' })
  })

  it('reads HarmonyOS phones', () => {
    expect(parseUserAgent(UA.harmony)).toEqual({ platform: 'ohos', system: 'HarmonyOS 5.0', brand: 'unknown', model: 'unknown' })
  })

  it('falls back to Android for an unknown mobile browser', () => {
    expect(parseUserAgent('SomeBrowser/1.0 Mobile', {}).platform).toBe('android')
    expect(parseUserAgent('', { mobile: true }).platform).toBe('android')
  })
})

describe('currentIdentity in this Chromium', () => {
  it('reads the real UA (and UA-CH once loaded) without throwing', async () => {
    const before = currentIdentity()
    expect(before).toEqual(parseUserAgent(navigator.userAgent, {
      platform: (navigator as Navigator & { userAgentData?: { platform: string } }).userAgentData?.platform,
      mobile: false,
    }))
    await loadHighEntropyHints()
    const after = currentIdentity()
    expect(after.platform).toBe(before.platform)
    expect(typeof after.system).toBe('string')
    expect(after.system.length).toBeGreaterThan(0)
  })
})
