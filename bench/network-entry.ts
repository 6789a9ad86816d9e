// Runs in Chromium (bench/network.js): wx request against raw fetch, 1,000 small GETs each
// to the same local server, sequential (so the figure is per-request overhead), alternating
// which side goes first in each round.
import { request } from '../runtime/network/index'

const REQUESTS = 1_000
const WARMUP = 1
const ROUNDS = 7
const URL_SMALL = '/small'

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1]
}

// The baseline does the same network work as request: no HTTP cache (WeChat caches nothing).
async function rawFetch(): Promise<unknown> {
  const res = await fetch(URL_SMALL, { cache: 'no-store' })
  return res.json()
}

async function defaultFetch(): Promise<unknown> {
  const res = await fetch(URL_SMALL)
  return res.json()
}

function wxRequest(): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request({ url: URL_SMALL, success: res => resolve(res.data), fail: reject })
  })
}

/** Milliseconds for REQUESTS sequential calls. */
async function time(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now()
  for (let i = 0; i < REQUESTS; i++) await call()
  return performance.now() - start
}

async function main() {
  const raw: number[] = []
  const wx: number[] = []
  const cached: number[] = []
  for (let round = 0; round < WARMUP + ROUNDS; round++) {
    const pair = round % 2 === 0
      ? [await time(rawFetch), await time(wxRequest)]
      : [await time(wxRequest), await time(rawFetch)].reverse()
    const withCache = await time(defaultFetch)
    if (round < WARMUP) continue
    raw.push(pair[0])
    wx.push(pair[1])
    cached.push(withCache)
  }
  return { requests: REQUESTS, rounds: ROUNDS, rawMs: median(raw), wxMs: median(wx), defaultFetchMs: median(cached), rawAll: raw, wxAll: wx }
}

;(globalThis as { __bench?: unknown }).__bench = main()
