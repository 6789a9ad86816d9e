import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { h, label, useStyle } from '../internal/ui-host'
import { useTheme } from '../internal/ui-theme'

/**
 * wx.scanCode over the camera (getUserMedia) and the Shape Detection API's BarcodeDetector.
 * Where the browser has no BarcodeDetector (desktop Linux and Windows Chromium, Firefox,
 * Safari) or no camera API, it fails `scanCode:fail not supported` before asking for the
 * camera. A refused camera fails `scanCode:fail auth deny`; the cancel button (or Escape)
 * `scanCode:fail cancel`. Picking an image from the album (`onlyFromCamera: false`) is
 * not offered: the camera view is the only source. See docs/device.md.
 */
export interface ScanCodeOptions { onlyFromCamera?: boolean, scanType?: string[] }
export interface ScanCodeResult { result: string, scanType: string, charSet: string, rawData: string, path: string }

interface DetectedBarcode { rawValue: string, format: string }
interface Detector { detect: (source: ImageBitmapSource) => Promise<DetectedBarcode[]> }
interface DetectorClass {
  new (options?: { formats: string[] }): Detector
  getSupportedFormats: () => Promise<string[]>
}

const FORMATS: Record<string, string[]> = {
  barCode: ['codabar', 'code_39', 'code_93', 'code_128', 'ean_8', 'ean_13', 'itf', 'upc_a', 'upc_e'],
  qrCode: ['qr_code'],
  datamatrix: ['data_matrix'],
  pdf417: ['pdf417'],
  // WeChat's own mini-program codes cannot be decoded outside WeChat.
  wxCode: [],
}

export function barcodeDetector(): DetectorClass | undefined {
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector
  return typeof Detector === 'function' ? Detector : undefined
}

/** BarcodeDetector's format name in wx's spelling: `qr_code` -> `QR_CODE`, `pdf417` -> `PDF_417`. */
export function wxScanType(format: string): string {
  return format === 'pdf417' ? 'PDF_417' : format.toUpperCase()
}

function base64Utf8(text: string): string {
  let binary = ''
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte)
  return btoa(binary)
}

/** The wx result for a detected code. */
export function scanResult(code: DetectedBarcode): ScanCodeResult {
  return { result: code.rawValue, scanType: wxScanType(code.format), charSet: 'utf-8', rawData: base64Utf8(code.rawValue), path: '' }
}

/** Formats to look for: those `scanType` asks for (default barCode + qrCode) that the browser reads. */
export async function wantedFormats(Detector: DetectorClass, scanType: string[] = ['barCode', 'qrCode']): Promise<string[]> {
  const supported = await Detector.getSupportedFormats()
  return scanType.flatMap(type => FORMATS[type] ?? []).filter(format => supported.includes(format))
}

const SCAN_CSS = '.wx-scan{background:#000;display:flex;flex-direction:column}.wx-scan video{flex:1;min-height:0;object-fit:cover}'
  + '.wx-scan button{margin:16px auto;padding:8px 24px;border:0;border-radius:4px;background:#ffffff33;color:#fff;font:inherit}'

function scanWithCamera(stream: MediaStream, detector: Detector): Promise<DetectedBarcode> {
  useTheme()
  const root = useStyle('wx-scan', SCAN_CSS)
  const wrap = h('div', 'wx-mask wx-scan')
  wrap.setAttribute('role', 'dialog')
  const video = h('video')
  video.muted = true
  video.playsInline = true
  video.srcObject = stream
  const cancel = h('button', '', label('scan.cancel', { 'zh-CN': '取消', 'en': 'Cancel' }))
  wrap.append(video, cancel)
  root.appendChild(wrap)
  return new Promise<DetectedBarcode>((resolve, reject) => {
    let done = false
    const finish = (settle: () => void) => {
      if (done) return
      done = true
      clearTimeout(timer)
      document.removeEventListener('keydown', onKey, true)
      for (const track of stream.getTracks()) track.stop()
      wrap.remove()
      settle()
    }
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && finish(() => reject(fail('cancel')))
    cancel.onclick = () => finish(() => reject(fail('cancel')))
    document.addEventListener('keydown', onKey, true)
    let timer: ReturnType<typeof setTimeout> | undefined
    const tick = async () => {
      if (done) return
      try {
        const [code] = video.readyState >= 2 ? await detector.detect(video) : []
        if (code) return finish(() => resolve(code))
      }
      catch {}
      timer = setTimeout(tick, 120)
    }
    void video.play().catch(() => {})
    void tick()
    cancel.focus()
  })
}

export const scanCode = /* @__PURE__ */ defineAsync<ScanCodeOptions, ScanCodeResult>('scanCode', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { onlyFromCamera: 'Boolean?', scanType: 'Array?' })
  const Detector = barcodeDetector()
  if (!Detector || typeof navigator.mediaDevices?.getUserMedia !== 'function') throw fail('not supported')
  const formats = await wantedFormats(Detector, o.scanType)
  if (!formats.length) throw fail('not supported')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
  }
  catch (error) {
    const name = (error as { name?: string } | null)?.name
    throw fail(name === 'NotAllowedError' || name === 'SecurityError' ? 'auth deny' : 'camera unavailable')
  }
  return scanResult(await scanWithCamera(stream, new Detector({ formats })))
})
