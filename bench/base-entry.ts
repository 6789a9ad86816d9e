// Runs in Chromium (bench/base.js). base64 on 1 MB: the wx helpers against the browser's own
// Uint8Array.toBase64 / fromBase64 (their overhead) and the atob/btoa fallback path they use
// where those are missing; getSystemInfoSync against the bare reads it is built on
// (innerWidth, screen, devicePixelRatio, matchMedia, navigator). Paired rounds, median ratios.
import { arrayBufferToBase64, base64ToArrayBuffer } from '../runtime/base/base64'
import { getSystemInfoSync } from '../runtime/base/system/apis'

const ROUNDS = 21
const SIZE = 1024 * 1024
const INFO_CALLS = 250

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]!
}

let sink: unknown

// Timers are coarse in a page (100 µs steps): every measurement repeats its operation.
const REPS = 8

function time(fn: () => void): number {
  const t0 = performance.now()
  for (let i = 0; i < REPS; i++) fn()
  return (performance.now() - t0) / REPS
}

interface Native { toBase64: () => string }
interface NativeStatic { fromBase64: (s: string) => Uint8Array }

function fallbackEncode(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000) as unknown as number[])
  return btoa(binary)
}

function fallbackDecode(text: string): Uint8Array {
  const binary = atob(text)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

function bareInfo(): object {
  return {
    windowWidth: innerWidth,
    windowHeight: innerHeight,
    screenWidth: screen.width,
    screenHeight: screen.height,
    pixelRatio: devicePixelRatio,
    theme: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
    language: navigator.language,
    ua: navigator.userAgent,
  }
}

async function run() {
  const bytes = new Uint8Array(SIZE)
  for (let i = 0; i < SIZE; i += 65536) crypto.getRandomValues(bytes.subarray(i, i + 65536))
  const text = (bytes as unknown as Native).toBase64()
  const ms: Record<string, number[]> = {}
  const ratios: Record<string, number[]> = { encodeVsNative: [], decodeVsNative: [], fallbackEncodeVsNative: [], fallbackDecodeVsNative: [], systemInfoVsBareReads: [] }
  const add = (k: string, v: number) => (ms[k] ??= []).push(v)
  for (let round = -3; round < ROUNDS; round++) {
    const nEnc = time(() => { sink = (bytes as unknown as Native).toBase64() })
    const wEnc = time(() => { sink = arrayBufferToBase64(bytes.buffer) })
    const fEnc = time(() => { sink = fallbackEncode(bytes) })
    const nDec = time(() => { sink = (Uint8Array as unknown as NativeStatic).fromBase64(text) })
    const wDec = time(() => { sink = base64ToArrayBuffer(text) })
    const fDec = time(() => { sink = fallbackDecode(text) })
    const bare = time(() => { for (let i = 0; i < INFO_CALLS; i++) sink = bareInfo() })
    const info = time(() => { for (let i = 0; i < INFO_CALLS; i++) sink = getSystemInfoSync() })
    if (round < 0) continue
    for (const [k, v] of Object.entries({ nEnc, wEnc, fEnc, nDec, wDec, fDec, bare, info })) add(k, v)
    ratios.encodeVsNative!.push(wEnc / nEnc)
    ratios.decodeVsNative!.push(wDec / nDec)
    ratios.fallbackEncodeVsNative!.push(fEnc / nEnc)
    ratios.fallbackDecodeVsNative!.push(fDec / nDec)
    ratios.systemInfoVsBareReads!.push(info / bare)
    await new Promise(resolve => setTimeout(resolve))
  }
  void sink
  return {
    msMedian: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, median(v)])),
    ratios: Object.fromEntries(Object.entries(ratios).map(([k, v]) => [k, median(v)])),
  }
}

globalThis.__bench = run()
