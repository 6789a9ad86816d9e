import { cdp, page } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CATALOG } from '../../../runtime/catalog'
import {
  getAppAuthorizeSetting, getAppBaseInfo, getDeviceInfo, getSystemInfo, getSystemInfoAsync,
  getSystemInfoSync, getSystemSetting, getWindowInfo,
} from '../../../runtime/base/index'
import { readInsets, safeAreaOf } from '../../../runtime/base/system/probe'
import { wxLanguage } from '../../../runtime/base/system/read'
import { currentIdentity } from '../../../runtime/base/system/user-agent'
import { configure } from '../../../runtime/internal/config'
import { DEFAULT_TARGET } from '../../../runtime/internal/default-target'

/** The top-level result fields the catalog lists for an API. */
function catalogFields(api: string): string[] {
  return Object.keys(CATALOG[api]!.result!).filter(k => !k.includes('.') && k !== 'errMsg').sort()
}

function undefinedFields(value: object): string[] {
  return Object.entries(value).filter(([, v]) => v === undefined || Number.isNaN(v)).map(([k]) => k)
}

afterEach(() => {
  configure({ target: undefined })
  vi.restoreAllMocks()
})

describe('every field is filled in', () => {
  const apis = {
    getSystemInfoSync, getWindowInfo, getDeviceInfo, getAppBaseInfo, getSystemSetting, getAppAuthorizeSetting,
  } as Record<string, () => object>
  for (const [api, fn] of Object.entries(apis)) {
    it(`${api} returns exactly the catalog's fields, none undefined`, () => {
      const info = fn()
      expect(Object.keys(info).sort()).toEqual(catalogFields(api))
      expect(undefinedFields(info)).toEqual([])
    })
  }

  it('getSystemInfo and getSystemInfoAsync list the same fields', async () => {
    const res = await getSystemInfo()
    expect(Object.keys(res).sort()).toEqual([...catalogFields('getSystemInfo'), 'errMsg'].sort())
    expect(undefinedFields(res)).toEqual([])
  })
})

describe('values come from the browser', () => {
  it('window and screen sizes, pixel ratio, safe area and status bar', () => {
    const info = getWindowInfo()
    expect(info.windowWidth).toBe(innerWidth)
    expect(info.windowHeight).toBe(innerHeight)
    expect([info.screenWidth, info.screenHeight].sort()).toEqual([screen.width, screen.height].sort())
    expect(info.pixelRatio).toBe(devicePixelRatio)
    // Desktop Chromium has no notch: no insets.
    expect(readInsets()).toEqual({ top: 0, right: 0, bottom: 0, left: 0 })
    expect(info.statusBarHeight).toBe(0)
    expect(info.safeArea).toEqual({ top: 0, left: 0, right: info.screenWidth, bottom: info.screenHeight, width: info.screenWidth, height: info.screenHeight })
    expect(info.screenTop).toBe(0)
  })

  it('window sizes follow the viewport as it is resized', async () => {
    await page.viewport(414, 736)
    expect(getSystemInfoSync()).toMatchObject({ windowWidth: 414, windowHeight: 736 })
    expect(getWindowInfo()).toMatchObject({ windowWidth: 414, windowHeight: 736 })
    await page.viewport(800, 360)
    expect(getWindowInfo()).toMatchObject({ windowWidth: 800, windowHeight: 360 })
    expect((await getSystemInfo())).toMatchObject({ windowWidth: 800, windowHeight: 360 })
  })

  it('device orientation follows the screen', () => {
    const expected = screen.orientation.type.startsWith('landscape') ? 'landscape' : 'portrait'
    expect(getSystemSetting().deviceOrientation).toBe(expected)
    expect(getSystemInfoSync().deviceOrientation).toBe(expected)
  })

  it('platform, system, brand and model come from the UA', () => {
    const { platform, system, brand, model } = currentIdentity()
    expect(getDeviceInfo()).toMatchObject({ platform, system, brand, model, benchmarkLevel: -1 })
    expect(getSystemInfoSync()).toMatchObject({ platform, system, brand, model })
    // This test browser is headless Chromium on Linux: a PC without a WeChat client.
    expect(platform).toBe('windows')
    expect(system).toMatch(/^Linux/)
  })

  it('language in wx spelling', () => {
    expect(getAppBaseInfo().language).toBe(wxLanguage(navigator.language))
    expect(getSystemInfoSync().language).toBe(wxLanguage(navigator.language))
    expect(['zh-CN', 'zh', 'zh-Hans-CN', 'zh-TW', 'zh-Hant', 'zh-HK', 'zh-Hant-HK', 'en-US', 'en', 'ja-JP', 'FR', undefined].map(wxLanguage))
      .toEqual(['zh_CN', 'zh_CN', 'zh_CN', 'zh_TW', 'zh_TW', 'zh_HK', 'zh_HK', 'en', 'en', 'ja', 'fr', 'zh_CN'])
  })

  it('theme follows prefers-color-scheme', () => {
    const real = matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
    expect(getSystemInfoSync().theme).toBe(real)
    const original = window.matchMedia.bind(window)
    vi.spyOn(window, 'matchMedia').mockImplementation((query: string) =>
      query === '(prefers-color-scheme: dark)' ? { ...original(query), matches: true, media: query } as MediaQueryList : original(query))
    expect(getSystemInfoSync().theme).toBe('dark')
    expect(getAppBaseInfo().theme).toBe('dark')
  })

  it('fontSizeSetting is the browser default font size, whatever the page does to html', () => {
    expect(getSystemInfoSync().fontSizeSetting).toBe(16)
    expect(getAppBaseInfo()).toMatchObject({ fontSizeSetting: 16, fontSizeScaleFactor: 1 })
    const style = document.createElement('style')
    style.textContent = 'html { font-size: 50px !important } div { font-size: 10px !important; padding: 9px !important }'
    document.head.appendChild(style)
    try {
      expect(getAppBaseInfo().fontSizeSetting).toBe(16)
      expect(getWindowInfo().statusBarHeight).toBe(0)
    }
    finally {
      style.remove()
    }
  })

  it('SDKVersion is the configured target; fields newer than it are left out', () => {
    expect(getSystemInfoSync().SDKVersion).toBe(DEFAULT_TARGET)
    expect(getAppBaseInfo().SDKVersion).toBe(DEFAULT_TARGET)
    configure({ target: '2.10.0' })
    const old = getSystemInfoSync()
    expect(old.SDKVersion).toBe('2.10.0')
    expect('theme' in old).toBe(false)
    expect('enableDebug' in old).toBe(false)
    expect('host' in old).toBe(false)
    expect(old.safeArea).toBeDefined()
    configure({ target: '2.11.0' })
    expect('theme' in getSystemInfoSync()).toBe(true)
    configure({ target: '2.23.3' })
    expect('fontSizeSetting' in getAppBaseInfo()).toBe(false)
    configure({ target: '2.23.4' })
    expect(getAppBaseInfo().fontSizeSetting).toBe(16)
  })

  it('fixed defaults for what the web cannot know', () => {
    expect(getSystemInfoSync()).toMatchObject({ version: '8.0.0', enableDebug: false, host: { appId: '' }, benchmarkLevel: -1, locationReducedAccuracy: false })
    expect(getDeviceInfo()).toMatchObject({ abi: '', deviceAbi: '', cpuType: 'unknown' })
    expect(getAppBaseInfo()).toMatchObject({ PCKernelVersion: '', enableDebug: false, version: '8.0.0' })
    expect(getAppAuthorizeSetting()).toMatchObject({ albumAuthorized: 'authorized', bluetoothAuthorized: 'not determined', phoneCalendarAuthorized: 'not determined', locationReducedAccuracy: false })
  })

  it('authorization follows the browser permission states', async () => {
    await getSystemInfo()
    const state = async (name: string) => {
      const s = (await navigator.permissions.query({ name: name as PermissionName })).state
      return s === 'granted' ? 'authorized' : s === 'denied' ? 'denied' : 'not determined'
    }
    const auth = getAppAuthorizeSetting()
    expect(auth.cameraAuthorized).toBe(await state('camera'))
    expect(auth.microphoneAuthorized).toBe(await state('microphone'))
    expect(auth.locationAuthorized).toBe(await state('geolocation'))
    expect(auth.notificationAuthorized).toBe(await state('notifications'))
    const info = getSystemInfoSync()
    expect(info.cameraAuthorized).toBe(auth.cameraAuthorized !== 'denied')
    expect(info.notificationAuthorized).toBe(auth.notificationAuthorized !== 'denied')
  })
})

describe('real safe-area insets and color scheme (emulated through CDP)', () => {
  afterEach(async () => {
    await cdp().send('Emulation.setSafeAreaInsetsOverride', { insets: {} })
    await cdp().send('Emulation.setEmulatedMedia', { features: [] })
  })

  it('safeArea and statusBarHeight follow env(safe-area-inset-*)', async () => {
    await cdp().send('Emulation.setSafeAreaInsetsOverride', { insets: { top: 44, bottom: 34, left: 0, right: 0 } })
    const info = getWindowInfo()
    expect(info.statusBarHeight).toBe(44)
    expect(info.safeArea).toEqual({ top: 44, left: 0, right: info.screenWidth, bottom: info.screenHeight - 34, width: info.screenWidth, height: info.screenHeight - 78 })
    expect(getSystemInfoSync()).toMatchObject({ statusBarHeight: 44, safeArea: info.safeArea })
    await cdp().send('Emulation.setSafeAreaInsetsOverride', { insets: { top: 0, bottom: 21, left: 47, right: 47 } })
    const rotated = getWindowInfo()
    expect(rotated.statusBarHeight).toBe(0)
    expect(rotated.safeArea).toEqual({ top: 0, left: 47, right: rotated.screenWidth - 47, bottom: rotated.screenHeight - 21, width: rotated.screenWidth - 94, height: rotated.screenHeight - 21 })
  })

  it('theme follows the real prefers-color-scheme media query', async () => {
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] })
    expect(getSystemInfoSync().theme).toBe('dark')
    expect(getAppBaseInfo().theme).toBe('dark')
    await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'light' }] })
    expect(getSystemInfoSync().theme).toBe('light')
    expect((await getSystemInfo()).theme).toBe('light')
  })
})

describe('safeAreaOf', () => {
  it('is the screen rectangle inside the insets', () => {
    expect(safeAreaOf({ top: 44, right: 0, bottom: 34, left: 0 }, 375, 812))
      .toEqual({ top: 44, left: 0, right: 375, bottom: 778, width: 375, height: 734 })
    expect(safeAreaOf({ top: 0, right: 47, bottom: 21, left: 47 }, 812, 375))
      .toEqual({ top: 0, left: 47, right: 765, bottom: 354, width: 718, height: 354 })
  })
})

describe('call styles', () => {
  it('getSystemInfo: Promise without callbacks, callbacks otherwise', async () => {
    const res = await getSystemInfo()
    expect(res.errMsg).toBe('getSystemInfo:ok')
    const calls: string[] = []
    const ret = getSystemInfo({
      success: (r) => { calls.push(`success ${r.errMsg}`) },
      fail: () => { calls.push('fail') },
      complete: (r) => { calls.push(`complete ${r.errMsg}`) },
    })
    expect(ret).toBeUndefined()
    expect(calls).toEqual([])
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    expect(calls).toEqual(['success getSystemInfo:ok', 'complete getSystemInfo:ok'])
  })

  it('getSystemInfoAsync never returns a Promise', async () => {
    expect(getSystemInfoAsync()).toBeUndefined()
    const results: string[] = []
    expect(getSystemInfoAsync({ success: (r) => { results.push(r.errMsg); expect(r.windowWidth).toBe(innerWidth) }, complete: (r) => { results.push(`complete ${r.errMsg}`) } })).toBeUndefined()
    await vi.waitFor(() => expect(results).toHaveLength(2))
    expect(results).toEqual(['getSystemInfoAsync:ok', 'complete getSystemInfoAsync:ok'])
  })

  it('wrong option types fail the wx way', async () => {
    await expect(getSystemInfo('x' as never)).rejects.toEqual({ errMsg: 'getSystemInfo:fail parameter error: parameter should be Object instead of String;' })
    expect(getSystemInfoAsync(5 as never)).toBeUndefined()
  })

  it('the sync APIs ignore arguments they do not take', () => {
    expect((getSystemInfoSync as unknown as (x: unknown) => { windowWidth: number })('x').windowWidth).toBe(innerWidth)
  })
})
