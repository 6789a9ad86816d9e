import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startPageHarness, type PageHarness } from '../support/page-harness'
import type * as Location from '../../runtime/location/index'

// The real Geolocation path: vitest's browser mode cannot grant the permission or set a
// position, so this test drives Chromium itself with playwright-core, whose browser
// contexts do both (`permissions: ['geolocation']`, `geolocation`, `setGeolocation`).
declare global {
  // eslint-disable-next-line vars-on-top
  var wxLocation: typeof Location
  // eslint-disable-next-line vars-on-top
  var locationChanges: unknown[]
}

const BEIJING = { latitude: 39.908692, longitude: 116.397477 }
// gcoord 1.0.7 (an independent implementation of the same published formula) gives these.
const BEIJING_GCJ02 = { latitude: 39.91009549393981, longitude: 116.40372056710368 }
const SHANGHAI = { latitude: 31.2304, longitude: 121.4737 }
const SHANGHAI_GCJ02 = { latitude: 31.22845773757727, longitude: 121.47822305927693 }
const LONDON = { latitude: 51.5074, longitude: -0.1278 }

let harness: PageHarness
let origin: string
let browser: Browser
let context: BrowserContext | undefined

beforeAll(async () => {
  harness = await startPageHarness(fileURLToPath(new URL('./page.ts', import.meta.url)))
  ;({ origin, browser } = harness)
})

afterEach(async () => {
  await context?.close()
  context = undefined
})

afterAll(async () => {
  await harness?.close()
})

async function open(options: Parameters<Browser['newContext']>[0]): Promise<Page> {
  context = await browser.newContext(options)
  const page = await context.newPage()
  await page.goto(origin)
  return page
}

const withPermission = (at: { latitude: number, longitude: number }, accuracy = 25) =>
  ({ permissions: ['geolocation'], geolocation: { ...at, accuracy } })

describe('getLocation on the real Geolocation API', () => {
  it('gives WGS-84 by default, with every wx field', async () => {
    const page = await open(withPermission(BEIJING))
    const res = await page.evaluate(() => wxLocation.getLocation())
    expect(res).toEqual({
      latitude: BEIJING.latitude,
      longitude: BEIJING.longitude,
      speed: 0,
      accuracy: 25,
      altitude: 0,
      verticalAccuracy: 0,
      horizontalAccuracy: 25,
      errMsg: 'getLocation:ok',
    })
  })

  it('converts to GCJ-02 in mainland China, matching the reference values', async () => {
    const page = await open(withPermission(BEIJING))
    const res = await page.evaluate(() => wxLocation.getLocation({ type: 'gcj02', altitude: true }))
    expect(res.latitude).toBeCloseTo(BEIJING_GCJ02.latitude, 12)
    expect(res.longitude).toBeCloseTo(BEIJING_GCJ02.longitude, 12)
    expect(res.errMsg).toBe('getLocation:ok')
  })

  it('leaves coordinates outside China as they are with gcj02', async () => {
    const page = await open(withPermission(LONDON))
    const res = await page.evaluate(() => wxLocation.getLocation({ type: 'gcj02' }))
    expect([res.latitude, res.longitude]).toEqual([LONDON.latitude, LONDON.longitude])
  })

  it('a context without the permission fails auth deny, through callbacks too', async () => {
    const page = await open({})
    const calls = await page.evaluate(() => new Promise<unknown[]>((resolve) => {
      const seen: unknown[] = []
      wxLocation.getLocation({ fail: res => seen.push(['fail', res]), complete: (res) => {
        seen.push(['complete', res])
        resolve(seen)
      } })
    }))
    expect(calls).toEqual([['fail', { errMsg: 'getLocation:fail auth deny' }], ['complete', { errMsg: 'getLocation:fail auth deny' }]])
  })
})

describe('startLocationUpdate / onLocationChange', () => {
  it('reports every fix in GCJ-02 until stopLocationUpdate', async () => {
    const page = await open(withPermission(BEIJING, 10))
    expect(await page.evaluate(() => wxLocation.startLocationUpdate())).toEqual({ errMsg: 'startLocationUpdate:ok' })
    await page.waitForFunction(() => locationChanges.length === 1)
    await context!.setGeolocation({ ...SHANGHAI, accuracy: 10 })
    await page.waitForFunction(() => locationChanges.length === 2)
    expect(await page.evaluate(() => wxLocation.stopLocationUpdate())).toEqual({ errMsg: 'stopLocationUpdate:ok' })
    await context!.setGeolocation({ ...LONDON, accuracy: 10 })
    // A fix that would arrive after stop: a fresh getLocation proves the new position is live.
    const now = await page.evaluate(() => wxLocation.getLocation())
    expect([now.latitude, now.longitude]).toEqual([LONDON.latitude, LONDON.longitude])
    const changes = await page.evaluate(() => locationChanges) as Array<{ latitude: number, longitude: number, accuracy: number }>
    expect(changes).toHaveLength(2)
    expect(changes[0].latitude).toBeCloseTo(BEIJING_GCJ02.latitude, 12)
    expect(changes[0].longitude).toBeCloseTo(BEIJING_GCJ02.longitude, 12)
    expect(changes[1].latitude).toBeCloseTo(SHANGHAI_GCJ02.latitude, 12)
    expect(changes[1].longitude).toBeCloseTo(SHANGHAI_GCJ02.longitude, 12)
    expect(changes[1]).toMatchObject({ accuracy: 10, horizontalAccuracy: 10, speed: 0, altitude: 0, verticalAccuracy: 0 })
  })

  it('type wgs84 reports raw coordinates; offLocationChange stops the listener', async () => {
    const page = await open(withPermission(SHANGHAI))
    await page.evaluate(() => wxLocation.startLocationUpdate({ type: 'wgs84' }))
    await page.waitForFunction(() => locationChanges.length === 1)
    const first = await page.evaluate(() => locationChanges[0]) as { latitude: number, longitude: number }
    expect([first.latitude, first.longitude]).toEqual([SHANGHAI.latitude, SHANGHAI.longitude])
    await page.evaluate(() => {
      wxLocation.offLocationChange()
      ;(globalThis as { late?: unknown[] }).late = []
      wxLocation.onLocationChange(res => (globalThis as unknown as { late: unknown[] }).late.push(res))
    })
    await context!.setGeolocation({ ...BEIJING, accuracy: 25 })
    await page.waitForFunction(() => (globalThis as unknown as { late: unknown[] }).late.length === 1)
    expect(await page.evaluate(() => locationChanges.length)).toBe(1)
  })
})
