import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { h, label, useStyle } from '../internal/ui-host'

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

/** wx scanType -> the BarcodeDetector formats it covers. WeChat's own mini-program codes (wxCode) cannot be decoded outside WeChat. */
const FORMATS: Record<string, string[]> = {
  barCode: ['codabar', 'code_39', 'code_93', 'code_128', 'ean_8', 'ean_13', 'itf', 'upc_a', 'upc_e'],
  qrCode: ['qr_code'],
  datamatrix: ['data_matrix'],
  pdf417: ['pdf417'],
}

const SCAN_CSS = '.wx-scan{background:#000;display:flex;flex-flow:column}.wx-scan video{flex:1;min-height:0;object-fit:cover}'
  + '.wx-scan button{margin:16px auto;padding:8px 24px;border:0;border-radius:4px;background:#fff3;color:#fff;font:inherit}'

/** Shows the camera until a code is found (resolves) or the user cancels (cancel button or Escape); then stops the camera. */
function scanWithCamera(stream: MediaStream, detector: Detector): Promise<DetectedBarcode> {
  const wrap = useStyle('wx-scan', SCAN_CSS).appendChild(h('div', 'wx-mask wx-scan'))
  wrap.setAttribute('role', 'dialog')
  const video = h('video')
  // Muted inline video may autoplay everywhere.
  video.muted = video.playsInline = video.autoplay = true
  video.srcObject = stream
  const cancel = h('button', '', label('scan.cancel', { 'zh-CN': '取消', 'en': 'Cancel' }))
  wrap.append(video, cancel)
  return new Promise<DetectedBarcode>((resolve, reject) => {
    let done = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const finish = (code?: DetectedBarcode) => {
      if (done) return
      done = true
      clearTimeout(timer)
      document.removeEventListener('keydown', onKey, true)
      for (const track of stream.getTracks()) track.stop()
      wrap.remove()
      if (code) resolve(code)
      else reject(fail('cancel'))
    }
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && finish()
    cancel.onclick = () => finish()
    document.addEventListener('keydown', onKey, true)
    const tick = async () => {
      if (done) return
      try {
        const [code] = video.readyState >= 2 ? await detector.detect(video) : []
        if (code) return finish(code)
      }
      catch {}
      timer = setTimeout(tick, 120)
    }
    void tick()
    cancel.focus()
  })
}

export const scanCode = /* @__PURE__ */ defineAsync<ScanCodeOptions, ScanCodeResult>('scanCode', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { onlyFromCamera: 'Boolean?', scanType: 'Array?' })
  const Detector = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector
  if (typeof Detector !== 'function' || typeof navigator.mediaDevices?.getUserMedia !== 'function') throw fail('not supported')
  // Formats to look for: those scanType asks for (default barCode + qrCode) that the browser reads.
  const supported = await Detector.getSupportedFormats()
  const formats = (o.scanType ?? ['barCode', 'qrCode']).flatMap(type => FORMATS[type] ?? []).filter(format => supported.includes(format))
  if (!formats.length) throw fail('not supported')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } })
  }
  catch (error) {
    const name = (error as { name?: string } | null)?.name
    throw fail(name === 'NotAllowedError' || name === 'SecurityError' ? 'auth deny' : 'camera unavailable')
  }
  const code = await scanWithCamera(stream, new Detector({ formats }))
  return {
    result: code.rawValue,
    // BarcodeDetector's format name in wx's spelling: `qr_code` -> `QR_CODE`, `pdf417` -> `PDF_417`.
    scanType: code.format === 'pdf417' ? 'PDF_417' : code.format.toUpperCase(),
    charSet: 'utf-8',
    rawData: btoa(String.fromCharCode(...new TextEncoder().encode(code.rawValue))),
    path: '',
  }
})
