// Runs in Chromium (bench/file.js): the wx file system and the legacy canvas context against
// the raw platform doing the same work, paired per round (median of per-round ratios).
//  - writeFile (async, success after the IndexedDB commit) vs one raw IndexedDB put transaction
//  - readFile (async) vs a raw IndexedDB get
//  - writeFileSync / readFileSync (utf8) vs a Map of Uint8Array + TextEncoder/TextDecoder
//  - createCanvasContext: 5,000 fillRects + draw() vs the same calls on CanvasRenderingContext2D
import { createCanvasContext } from '../runtime/canvas/index'
import { getFileSystemManager } from '../runtime/file/index'
import { configure } from '../runtime/internal/config'

const ROUNDS = 25
const WARMUP = 3
const ASYNC_OPS = 50
const SYNC_OPS = 2_000
const RECTS = 5_000
const TEXT = 'x'.repeat(4096)

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

let sink: unknown

function openRaw(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('bench-raw', 1)
    req.onupgradeneeded = () => req.result.createObjectStore('s', { keyPath: 'path' })
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

async function timed(ops: number, op: (i: number) => Promise<void>): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < ops; i++) await op(i)
  return ((performance.now() - start) * 1e6) / ops
}

/** Sync operations run back to back in one task, as app code calling *Sync in a loop does. */
function timedSync(ops: number, op: (i: number) => void): number {
  const start = performance.now()
  for (let i = 0; i < ops; i++) op(i)
  return ((performance.now() - start) * 1e6) / ops
}

globalThis.__bench = (async () => {
  await new Promise(resolve => setTimeout(resolve, 0))
  configure({ appId: 'bench-file' })
  const fs = getFileSystemManager()
  const raw = await openRaw()
  const mem = new Map<string, Uint8Array>()
  const encoder = new TextEncoder()
  const decoder = new TextDecoder()
  const canvas = document.createElement('canvas')
  canvas.id = 'bench-canvas'
  canvas.style.cssText = 'width:300px;height:150px'
  document.body.appendChild(canvas)
  const rawCanvas = document.createElement('canvas')
  rawCanvas.width = canvas.width
  rawCanvas.height = canvas.height
  const rawCtx = rawCanvas.getContext('2d')!
  const wxCtx = createCanvasContext('bench-canvas')

  const phases: Record<string, () => Promise<number> | number> = {
    wxWrite: () => timed(ASYNC_OPS, i => new Promise<void>(resolve => fs.writeFile({ filePath: `wxfile://usr/f${i % 10}.txt`, data: TEXT, success: () => resolve() }))),
    rawWrite: () => timed(ASYNC_OPS, i => new Promise<void>((resolve) => {
      const tx = raw.transaction('s', 'readwrite')
      tx.objectStore('s').put({ path: `f${i % 10}`, data: encoder.encode(TEXT) })
      tx.oncomplete = () => resolve()
    })),
    wxRead: () => timed(ASYNC_OPS, i => new Promise<void>(resolve => fs.readFile({ filePath: `wxfile://usr/f${i % 10}.txt`, encoding: 'utf8', success: (r) => { sink = r; resolve() } }))),
    rawRead: () => timed(ASYNC_OPS, i => new Promise<void>((resolve) => {
      const req = raw.transaction('s').objectStore('s').get(`f${i % 10}`)
      req.onsuccess = () => { sink = decoder.decode((req.result as { data: Uint8Array }).data); resolve() }
    })),
    wxWriteSync: () => timedSync(SYNC_OPS, (i) => { fs.writeFileSync(`wxfile://usr/s${i % 10}.txt`, TEXT, 'utf8') }),
    rawWriteSync: () => timedSync(SYNC_OPS, (i) => { mem.set(`s${i % 10}`, encoder.encode(TEXT)) }),
    wxReadSync: () => timedSync(SYNC_OPS, (i) => { sink = fs.readFileSync(`wxfile://usr/s${i % 10}.txt`, 'utf8') }),
    rawReadSync: () => timedSync(SYNC_OPS, (i) => { sink = decoder.decode(mem.get(`s${i % 10}`)!) }),
    wxDraw: () => new Promise<number>((resolve) => {
      const start = performance.now()
      for (let i = 0; i < RECTS; i++) {
        wxCtx.setFillStyle(i % 2 ? '#f00' : '#00f')
        wxCtx.fillRect(i % 300, i % 150, 5, 5)
      }
      wxCtx.draw(false, () => resolve(((performance.now() - start) * 1e6) / RECTS))
    }),
    rawDraw: async () => {
      const start = performance.now()
      rawCtx.clearRect(0, 0, rawCanvas.width, rawCanvas.height)
      for (let i = 0; i < RECTS; i++) {
        rawCtx.fillStyle = i % 2 ? '#f00' : '#00f'
        rawCtx.fillRect(i % 300, i % 150, 5, 5)
      }
      // The wx draw callback runs a task later than the calls; give raw the same turn.
      await Promise.resolve()
      return ((performance.now() - start) * 1e6) / RECTS
    },
  }
  // Sync reads need the files: write them once first.
  for (let i = 0; i < 10; i++) fs.writeFileSync(`wxfile://usr/s${i}.txt`, TEXT)
  const rounds: Array<Record<string, number>> = []
  const names = Object.keys(phases)
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const shift = round % names.length
    const sample: Record<string, number> = {}
    for (const name of [...names.slice(shift), ...names.slice(0, shift)]) sample[name] = await phases[name]()
    if (round >= WARMUP) rounds.push(sample)
  }
  void sink
  const med = (f: (s: Record<string, number>) => number) => median(rounds.map(f))
  const nsPerOp = Object.fromEntries(names.map(name => [name, med(s => s[name])]))
  const ratio = (a: string, b: string) => med(s => s[a] / s[b])
  return {
    nsPerOp,
    ratios: {
      writeVsIdb: ratio('wxWrite', 'rawWrite'),
      readVsIdb: ratio('wxRead', 'rawRead'),
      writeSyncVsMap: ratio('wxWriteSync', 'rawWriteSync'),
      readSyncVsMap: ratio('wxReadSync', 'rawReadSync'),
      drawVsRaw: ratio('wxDraw', 'rawDraw'),
    },
  }
})()

declare global {
  // eslint-disable-next-line vars-on-top
  var __bench: Promise<unknown>
}
