import { afterEach, beforeEach, expect, it, vi } from 'vitest'
import { page, userEvent } from 'vitest/browser'
import { scanCode } from '../../../runtime/device/index'
import { uiRoot } from '../../../runtime/internal/ui-host'

// Chromium on Linux has no BarcodeDetector and the test machine no camera: a detector
// stands in for the Shape Detection API and a canvas stream for the camera, so the real
// scan view (video element, detection loop, cancel, clean-up) runs end to end.
const found = { rawValue: 'https://example.com/?q=码', format: 'qr_code' }
let answers: Array<typeof found | undefined>
let formatsAsked: string[][]
let stream: MediaStream

class FakeDetector {
  static getSupportedFormats = async () => ['qr_code', 'ean_13', 'code_128']
  constructor(options: { formats: string[] }) {
    formatsAsked.push(options.formats)
  }

  async detect(source: unknown) {
    expect(source).toBeInstanceOf(HTMLVideoElement)
    const next = answers.shift()
    return next ? [next] : []
  }
}

beforeEach(() => {
  answers = []
  formatsAsked = []
  ;(globalThis as { BarcodeDetector?: unknown }).BarcodeDetector = FakeDetector
  const canvas = document.createElement('canvas')
  canvas.width = canvas.height = 32
  canvas.getContext('2d')!.fillRect(0, 0, 32, 32)
  stream = canvas.captureStream(30)
  vi.spyOn(navigator.mediaDevices, 'getUserMedia').mockResolvedValue(stream)
})

afterEach(() => {
  delete (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector
  vi.restoreAllMocks()
})

it('scans the camera until a code is found, then closes the view and the camera', async () => {
  answers = [undefined, undefined, found]
  const res = await scanCode({})
  expect(res).toEqual({
    result: 'https://example.com/?q=码',
    scanType: 'QR_CODE',
    charSet: 'utf-8',
    rawData: btoa(String.fromCharCode(...new TextEncoder().encode('https://example.com/?q=码'))),
    path: '',
    errMsg: 'scanCode:ok',
  })
  expect(answers).toEqual([])
  expect(formatsAsked).toEqual([['code_128', 'ean_13', 'qr_code']])
  expect(navigator.mediaDevices.getUserMedia).toHaveBeenCalledWith({ video: { facingMode: 'environment' } })
  expect(uiRoot().querySelector('.wx-scan')).toBeNull()
  expect(stream.getTracks().map(t => t.readyState)).toEqual(['ended'])
})

it('asks only for the formats of scanType', async () => {
  answers = [{ rawValue: '4006381333931', format: 'ean_13' }]
  await expect(scanCode({ scanType: ['barCode'] })).resolves.toMatchObject({ result: '4006381333931', scanType: 'EAN_13' })
  expect(formatsAsked).toEqual([['code_128', 'ean_13']])
})

it('the cancel button fails cancel and stops the camera', async () => {
  const calls: unknown[] = []
  const done = new Promise<void>(resolve => scanCode({ fail: res => calls.push(['fail', res]), complete: () => resolve() }))
  await expect.poll(() => uiRoot().querySelector('.wx-scan')).not.toBeNull()
  await userEvent.click(page.getByRole('button', { name: '取消' }))
  await done
  expect(calls).toEqual([['fail', { errMsg: 'scanCode:fail cancel' }]])
  expect(uiRoot().querySelector('.wx-scan')).toBeNull()
  expect(stream.getTracks().map(t => t.readyState)).toEqual(['ended'])
})

it('Escape cancels too', async () => {
  const result = scanCode().catch((error: unknown) => error)
  await expect.poll(() => uiRoot().querySelector('.wx-scan')).not.toBeNull()
  await userEvent.keyboard('{Escape}')
  expect(await result).toEqual({ errMsg: 'scanCode:fail cancel' })
})

it('no camera on the device fails camera unavailable', async () => {
  vi.mocked(navigator.mediaDevices.getUserMedia).mockRejectedValue(new DOMException('Requested device not found', 'NotFoundError'))
  await expect(scanCode()).rejects.toEqual({ errMsg: 'scanCode:fail camera unavailable' })
})
