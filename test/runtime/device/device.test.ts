import { afterEach, describe, expect, it, vi } from 'vitest'
import { tap } from '../user-tap'
import { configure } from '../../../runtime/internal/config'
import { uiRoot } from '../../../runtime/internal/ui-host'
import { showToast } from '../../../runtime/ui/index'
import {
  getClipboardData,
  getExtConfig,
  getExtConfigSync,
  getNetworkType,
  getUpdateManager,
  makePhoneCall,
  offNetworkStatusChange,
  onNetworkStatusChange,
  scanCode,
  setClipboardData,
  setKeepScreenOn,
  vibrateLong,
} from '../../../runtime/device/index'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('clipboard', () => {
  it('setClipboardData writes the text and shows the copied toast', async () => {
    await tap()
    await expect(setClipboardData({ data: '复制的文字' })).resolves.toEqual({ errMsg: 'setClipboardData:ok' })
    const toast = uiRoot().querySelector('[role=status]')
    expect(toast?.textContent).toBe('内容已复制')
  })

  it('a toast the app shows from success replaces the copied toast', async () => {
    await tap()
    await new Promise<void>(resolve => setClipboardData({
      data: 'x',
      success: () => void showToast({ title: '复制成功' }),
      complete: () => resolve(),
    }))
    await expect.poll(() => uiRoot().querySelector('[role=status]')?.textContent).toBe('复制成功')
    expect(uiRoot().querySelectorAll('[role=status]')).toHaveLength(1)
  })

  it('a refused write fails auth deny', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'))
    vi.spyOn(document, 'execCommand').mockReturnValue(false)
    const calls: unknown[] = []
    await new Promise<void>(resolve => setClipboardData({ data: 'x', fail: res => calls.push(res), complete: () => resolve() }))
    expect(calls).toEqual([{ errMsg: 'setClipboardData:fail auth deny' }])
  })

  it('falls back to a selection copy when the Clipboard API refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('no', 'NotAllowedError'))
    const exec = vi.spyOn(document, 'execCommand').mockReturnValue(true)
    await expect(setClipboardData({ data: 'fallback' })).resolves.toEqual({ errMsg: 'setClipboardData:ok' })
    expect(exec).toHaveBeenCalledWith('copy')
  })

  it('checks data', async () => {
    await expect(setClipboardData({ data: 1 } as never)).rejects.toEqual({ errMsg: 'setClipboardData:fail parameter error: parameter.data should be String instead of Number;' })
  })

  it('getClipboardData fails auth deny without the read permission (real Chromium), and returns the text with it', async () => {
    await tap()
    await expect(getClipboardData()).rejects.toEqual({ errMsg: 'getClipboardData:fail auth deny' })
    vi.spyOn(navigator.clipboard, 'readText').mockResolvedValue('pasted')
    await expect(getClipboardData()).resolves.toEqual({ data: 'pasted', errMsg: 'getClipboardData:ok' })
  })
})

describe('makePhoneCall and vibration', () => {
  it('makePhoneCall opens a tel: link with the dialable characters', async () => {
    const hrefs: string[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      hrefs.push(this.href)
    })
    await expect(makePhoneCall({ phoneNumber: '+86 (010) 1234-5678' })).resolves.toEqual({ errMsg: 'makePhoneCall:ok' })
    expect(hrefs).toEqual(['tel:+8601012345678'])
    await expect(makePhoneCall({} as never)).rejects.toEqual({ errMsg: 'makePhoneCall:fail parameter error: parameter.phoneNumber should be String instead of Undefined;' })
  })

  it('vibrate fails not supported where the browser has no Vibration API', async () => {
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'vibrate')!
    delete (Navigator.prototype as { vibrate?: unknown }).vibrate
    try {
      await expect(vibrateLong()).rejects.toEqual({ errMsg: 'vibrateLong:fail not supported' })
    }
    finally {
      Object.defineProperty(Navigator.prototype, 'vibrate', original)
    }
  })
})

describe('setKeepScreenOn', () => {
  it('takes and releases a screen wake lock', async () => {
    const request = vi.spyOn(navigator.wakeLock, 'request')
    await expect(setKeepScreenOn({ keepScreenOn: true })).resolves.toEqual({ errMsg: 'setKeepScreenOn:ok' })
    const sentinel = await request.mock.results[0].value as WakeLockSentinel
    expect(sentinel.released).toBe(false)
    await expect(setKeepScreenOn({ keepScreenOn: false })).resolves.toEqual({ errMsg: 'setKeepScreenOn:ok' })
    expect(sentinel.released).toBe(true)
  })

  it('fails with the browser reason when refused, and checks its parameter', async () => {
    vi.spyOn(navigator.wakeLock, 'request').mockRejectedValue(new DOMException('Wake Lock permission request denied', 'NotAllowedError'))
    await expect(setKeepScreenOn({ keepScreenOn: true })).rejects.toEqual({ errMsg: 'setKeepScreenOn:fail Wake Lock permission request denied' })
    await expect(setKeepScreenOn({} as never)).rejects.toEqual({ errMsg: 'setKeepScreenOn:fail parameter error: parameter.keepScreenOn should be Boolean instead of Undefined;' })
  })
})

describe('network status', () => {
  it('getNetworkType maps the effective connection type (Chromium on Linux: 4g)', async () => {
    await expect(getNetworkType()).resolves.toEqual({ networkType: '4g', weakNet: false, errMsg: 'getNetworkType:ok' })
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    await expect(getNetworkType()).resolves.toEqual({ networkType: 'none', weakNet: false, errMsg: 'getNetworkType:ok' })
  })

  it('onNetworkStatusChange reports offline and online, changes only; off removes the listener', () => {
    const seen: unknown[] = []
    const listener = (res: unknown) => seen.push(res)
    onNetworkStatusChange(listener)
    const online = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false)
    dispatchEvent(new Event('offline'))
    online.mockReturnValue(true)
    dispatchEvent(new Event('online'))
    // Nothing changed: no report.
    dispatchEvent(new Event('online'))
    ;(navigator as Navigator & { connection: EventTarget }).connection.dispatchEvent(new Event('change'))
    offNetworkStatusChange(listener)
    dispatchEvent(new Event('offline'))
    expect(seen).toEqual([{ isConnected: false, networkType: 'none' }, { isConnected: true, networkType: '4g' }])
    expect(() => onNetworkStatusChange(null as never)).toThrow('onNetworkStatusChange:fail parameter error: parameter.listener should be Function instead of Null;')
  })
})

describe('scanCode', () => {
  it('fails not supported where there is no BarcodeDetector (Chromium on Linux), before asking for the camera', async () => {
    expect('BarcodeDetector' in globalThis).toBe(false)
    const camera = vi.spyOn(navigator.mediaDevices, 'getUserMedia')
    await expect(scanCode({})).rejects.toEqual({ errMsg: 'scanCode:fail not supported' })
    expect(camera).not.toHaveBeenCalled()
  })

  it('with a detector but a refused camera, fails auth deny; a scan type the detector lacks fails not supported', async () => {
    class FakeDetector {
      static getSupportedFormats = async () => ['qr_code']
      async detect() {
        return []
      }
    }
    ;(globalThis as { BarcodeDetector?: unknown }).BarcodeDetector = FakeDetector
    try {
      vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockRejectedValue(new DOMException('Permission denied', 'NotAllowedError'))
      await expect(scanCode({ scanType: ['qrCode'] })).rejects.toEqual({ errMsg: 'scanCode:fail auth deny' })
      await expect(scanCode({ scanType: ['pdf417'] })).rejects.toEqual({ errMsg: 'scanCode:fail not supported' })
    }
    finally {
      delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector
    }
  })
})

describe('ext config and update manager', () => {
  it('getExtConfig(Sync) return configure({ ext })', async () => {
    expect(getExtConfigSync()).toEqual({})
    configure({ ext: { shopId: 42 } })
    expect(getExtConfigSync()).toEqual({ shopId: 42 })
    await expect(getExtConfig()).resolves.toEqual({ extConfig: { shopId: 42 }, errMsg: 'getExtConfig:ok' })
  })

  it('getUpdateManager reports no update, asynchronously; the others never fire', async () => {
    const manager = getUpdateManager()
    expect(getUpdateManager()).toBe(manager)
    const seen: unknown[] = []
    const checked = new Promise<void>(resolve => manager.onCheckForUpdate((res) => {
      seen.push(res)
      resolve()
    }))
    manager.onUpdateReady(() => seen.push('ready'))
    manager.onUpdateFailed(() => seen.push('failed'))
    expect(seen).toEqual([])
    await checked
    manager.applyUpdate()
    await new Promise(resolve => setTimeout(resolve, 0))
    expect(seen).toEqual([{ hasUpdate: false }])
  })
})
