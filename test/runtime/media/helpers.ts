import { userEvent } from 'vitest/browser'
import { PICKER_ATTR } from '../../../runtime/media/file-picker'

/** A PNG (or JPEG) File of one colour, drawn in a canvas. */
export async function imageFile(width: number, height: number, name = 'a.png', type = 'image/png', color = '#ff0000'): Promise<File> {
  const canvas = new OffscreenCanvas(width, height)
  const ctx = canvas.getContext('2d')!
  ctx.fillStyle = color
  ctx.fillRect(0, 0, width, height)
  const blob = await canvas.convertToBlob({ type })
  return new File([blob], name, { type })
}

/** A noisy image: re-encoding it as JPEG 0.8 makes it much smaller than the PNG. */
export async function noisyPng(width: number, height: number): Promise<File> {
  const canvas = new OffscreenCanvas(width, height)
  const ctx = canvas.getContext('2d')!
  const data = ctx.createImageData(width, height)
  let seed = 1
  for (let i = 0; i < data.data.length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    data.data[i] = i % 4 === 3 ? 255 : seed & 0xff
  }
  ctx.putImageData(data, 0, 0)
  return new File([await canvas.convertToBlob({ type: 'image/png' })], 'noise.png', { type: 'image/png' })
}

export function pickerInput(): HTMLInputElement {
  const input = document.querySelector<HTMLInputElement>(`input[${PICKER_ATTR}]`)
  if (!input) throw new Error('no pending file picker')
  return input
}

/** Chooses files in the pending picker the way a user would (playwright setInputFiles). */
export async function pick(files: File[]): Promise<void> {
  await userEvent.upload(pickerInput(), files)
}

/** A mono 16-bit PCM WAV of `seconds` of a 440 Hz tone, as a data: URL. */
export function wavDataUrl(seconds: number, rate = 8000): string {
  const samples = Math.round(seconds * rate)
  const buffer = new ArrayBuffer(44 + samples * 2)
  const v = new DataView(buffer)
  const text = (off: number, s: string) => { for (let i = 0; i < s.length; i++) v.setUint8(off + i, s.charCodeAt(i)) }
  text(0, 'RIFF'); v.setUint32(4, 36 + samples * 2, true); text(8, 'WAVE'); text(12, 'fmt ')
  v.setUint32(16, 16, true); v.setUint16(20, 1, true); v.setUint16(22, 1, true); v.setUint32(24, rate, true)
  v.setUint32(28, rate * 2, true); v.setUint16(32, 2, true); v.setUint16(34, 16, true); text(36, 'data'); v.setUint32(40, samples * 2, true)
  for (let i = 0; i < samples; i++) v.setInt16(44 + i * 2, Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), true)
  let binary = ''
  const bytes = new Uint8Array(buffer)
  for (let i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i])
  return `data:audio/wav;base64,${btoa(binary)}`
}

/** A short WebM (64 × 48 by default) recorded from a canvas with MediaRecorder. */
export async function webmFile(name = 'clip.webm', width = 64, height = 48): Promise<File> {
  const canvas = document.createElement('canvas')
  canvas.width = width
  canvas.height = height
  const ctx = canvas.getContext('2d')!
  const recorder = new MediaRecorder(canvas.captureStream(30), { mimeType: 'video/webm' })
  const chunks: Blob[] = []
  recorder.ondataavailable = e => chunks.push(e.data)
  const stopped = new Promise(resolve => { recorder.onstop = resolve })
  recorder.start()
  for (let i = 0; i < 10; i++) {
    ctx.fillStyle = i % 2 ? '#f00' : '#00f'
    ctx.fillRect(0, 0, width, height)
    await new Promise(resolve => requestAnimationFrame(resolve))
  }
  recorder.stop()
  await stopped
  return new File(chunks, name, { type: 'video/webm' })
}
