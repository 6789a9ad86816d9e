// Runs in Chromium (bench/storage.js): wx storage against raw localStorage + JSON on the same data.
//
// The machine is shared and its load drifts, so every comparison is paired: each round runs
// every phase once (short bursts, order rotated) and a ratio is taken inside the round; the
// result is the median of those per-round ratios. Both namespaces (100 and 5,000 keys) and
// both raw key sets live in the origin side by side for the whole run.
import { configure } from '../runtime/internal/config'
import { clearStorageSync, getStorageSync, setStorageSync } from '../runtime/storage/index'

const SET_OPS = 2_000
const GET_OPS = 10_000
const WARMUP = 3
const ROUNDS = 41

function value(i: number, round: number): unknown {
  return { id: i, name: `item ${i}`, tags: ['a', 'b', 'c'], done: i % 2 === 0, round }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

let sink: unknown

interface Dataset { userId: string, wxKeys: string[], rawKeys: string[] }

function dataset(size: number, hot = size): Dataset {
  const userId = `u${size}`
  configure({ appId: 'bench', userId })
  clearStorageSync()
  const keys = Array.from({ length: size }, (_, i) => `key-${i}`)
  keys.forEach((k, i) => setStorageSync(k, value(i, -1)))
  keys.forEach((k, i) => localStorage.setItem(`raw${size}:${k}`, JSON.stringify(value(i, -1))))
  const wxKeys = keys.slice(0, hot)
  return { userId, wxKeys, rawKeys: wxKeys.map(k => `raw${size}:${k}`) }
}

/** Nanoseconds per operation of one burst: `ops` operations cycling over `keys`. */
function burst(keys: string[], ops: number, op: (key: string, i: number) => void): number {
  const start = performance.now()
  for (let n = 0; n < ops; n++) {
    const i = n % keys.length
    op(keys[i], i)
  }
  return ((performance.now() - start) * 1e6) / ops
}

function phases(d: Dataset, round: number): Record<string, () => number> {
  const use = () => configure({ userId: d.userId })
  return {
    rawSet: () => burst(d.rawKeys, SET_OPS, (k, i) => localStorage.setItem(k, JSON.stringify(value(i, round)))),
    wxSet: () => {
      use()
      return burst(d.wxKeys, SET_OPS, (k, i) => setStorageSync(k, value(i, round)))
    },
    rawGet: () => burst(d.rawKeys, GET_OPS, (k) => { sink = JSON.parse(localStorage.getItem(k)!) }),
    wxGet: () => {
      use()
      return burst(d.wxKeys, GET_OPS, (k) => { sink = getStorageSync(k) })
    },
  }
}

globalThis.__bench = (async () => {
  // Let the page finish loading first: the harness waits for `load`.
  await new Promise(resolve => setTimeout(resolve, 0))
  localStorage.clear()
  const sets = { small: dataset(100), large: dataset(5000) }
  // 5,000 keys in the namespace, each burst touching the same 100: separates the cost of a big
  // namespace (what running totals are for) from the CPU-cache cost of touching 5,000 values.
  const all = { ...sets, largeHot: { ...sets.large, wxKeys: sets.large.wxKeys.slice(0, 100), rawKeys: sets.large.rawKeys.slice(0, 100) } }
  const rounds: Array<Record<string, number>> = []
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    await new Promise(resolve => setTimeout(resolve, 0))
    const list: Array<[string, () => number]> = []
    for (const [name, d] of Object.entries(all)) {
      for (const [phase, run] of Object.entries(phases(d, round))) list.push([`${name}.${phase}`, run])
    }
    const shift = round % list.length
    const sample: Record<string, number> = {}
    for (const [name, run] of [...list.slice(shift), ...list.slice(0, shift)]) sample[name] = run()
    if (round >= WARMUP) rounds.push(sample)
  }
  localStorage.clear()
  void sink
  const med = (f: (s: Record<string, number>) => number) => median(rounds.map(f))
  const nsPerOp = Object.fromEntries(Object.keys(rounds[0]).map(name => [name, med(s => s[name])]))
  const ratio = (a: string, b: string) => med(s => s[a] / s[b])
  return {
    nsPerOp,
    ratios: {
      setVsRaw100: ratio('small.wxSet', 'small.rawSet'),
      getVsRaw100: ratio('small.wxGet', 'small.rawGet'),
      setVsRaw5000: ratio('large.wxSet', 'large.rawSet'),
      getVsRaw5000: ratio('large.wxGet', 'large.rawGet'),
      setScalingHot: ratio('largeHot.wxSet', 'small.wxSet'),
      getScalingHot: ratio('largeHot.wxGet', 'small.wxGet'),
      rawSetScalingHot: ratio('largeHot.rawSet', 'small.rawSet'),
      rawGetScalingHot: ratio('largeHot.rawGet', 'small.rawGet'),
      setScalingAll: ratio('large.wxSet', 'small.wxSet'),
      getScalingAll: ratio('large.wxGet', 'small.wxGet'),
      rawSetScalingAll: ratio('large.rawSet', 'small.rawSet'),
      rawGetScalingAll: ratio('large.rawGet', 'small.rawGet'),
    },
  }
})()

declare global {
  // eslint-disable-next-line vars-on-top
  var __bench: Promise<unknown>
}
