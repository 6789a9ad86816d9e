// Just enough PNG decoding to compare screenshots pixel by pixel: 8-bit RGB or RGBA, not
// interlaced (what Chromium writes), through node:zlib. No dependency needed.
import { inflateSync } from 'node:zlib'

export interface Image { width: number, height: number, rgba: Uint8Array }

const SIGNATURE = '89504e470d0a1a0a'

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c
  const pa = Math.abs(p - a)
  const pb = Math.abs(p - b)
  const pc = Math.abs(p - c)
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c
}

export function decodePng(png: Buffer): Image {
  if (png.subarray(0, 8).toString('hex') !== SIGNATURE) throw new Error('not a PNG')
  let width = 0
  let height = 0
  let channels = 0
  const data: Buffer[] = []
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at)
    const type = png.toString('latin1', at + 4, at + 8)
    const body = png.subarray(at + 8, at + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const [depth, color, , , interlace] = [body[8], body[9], body[10], body[11], body[12]]
      if (depth !== 8 || interlace !== 0 || (color !== 2 && color !== 6)) throw new Error(`unsupported PNG (depth ${depth}, color ${color}, interlace ${interlace})`)
      channels = color === 6 ? 4 : 3
    }
    else if (type === 'IDAT') {
      data.push(body)
    }
    at += 12 + length
  }
  const raw = inflateSync(Buffer.concat(data))
  const stride = width * channels
  const out = new Uint8Array(width * height * 4)
  let previous = new Uint8Array(stride)
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1))
    const current = new Uint8Array(stride)
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? current[x - channels] : 0
      const up = previous[x]
      const upLeft = x >= channels ? previous[x - channels] : 0
      const predictor = filter === 1 ? left : filter === 2 ? up : filter === 3 ? (left + up) >> 1 : filter === 4 ? paeth(left, up, upLeft) : 0
      current[x] = (line[x] + predictor) & 0xFF
    }
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4
      out[o] = current[x * channels]
      out[o + 1] = current[x * channels + 1]
      out[o + 2] = current[x * channels + 2]
      out[o + 3] = channels === 4 ? current[x * channels + 3] : 255
    }
    previous = current
  }
  return { width, height, rgba: out }
}

/** Pixels whose channels differ by more than `threshold` (0–255). */
export function countDifferentPixels(a: Image, b: Image, threshold = 0): number {
  if (a.width !== b.width || a.height !== b.height) return Math.max(a.width * a.height, b.width * b.height)
  let different = 0
  for (let i = 0; i < a.rgba.length; i += 4) {
    if (Math.abs(a.rgba[i] - b.rgba[i]) > threshold || Math.abs(a.rgba[i + 1] - b.rgba[i + 1]) > threshold
      || Math.abs(a.rgba[i + 2] - b.rgba[i + 2]) > threshold || Math.abs(a.rgba[i + 3] - b.rgba[i + 3]) > threshold)
      different++
  }
  return different
}
