import { afterEach, describe, expect, it, vi } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { chooseLocation, createMapContext, getLocation, onLocationChange, openLocation, startLocationUpdate, stopLocationUpdate } from '../../../runtime/location/index'
import { outOfChina, wgs84ToGcj02 } from '../../../runtime/location/gcj02'

afterEach(() => {
  configure({ adapters: { map: undefined } })
  vi.restoreAllMocks()
})

describe('wgs84ToGcj02', () => {
  // Reference values from an independent implementation of the published formula (gcoord 1.0.7).
  it.each([
    [39.908692, 116.397477, 39.91009549393981, 116.40372056710368], // Beijing
    [31.2304, 121.4737, 31.22845773757727, 121.47822305927693], // Shanghai
    [22.5431, 114.0579, 22.54038281422246, 114.06301399856547], // Shenzhen
    [30.6586, 104.0648, 30.65617743351339, 104.06730564990629], // Chengdu
  ])('%f, %f -> %f, %f', (lat, lng, gLat, gLng) => {
    const out = wgs84ToGcj02(lat, lng)
    expect(out.latitude).toBeCloseTo(gLat, 12)
    expect(out.longitude).toBeCloseTo(gLng, 12)
  })

  it('leaves points outside mainland China unchanged', () => {
    expect(wgs84ToGcj02(51.5074, -0.1278)).toEqual({ latitude: 51.5074, longitude: -0.1278 })
    expect(wgs84ToGcj02(-33.8688, 151.2093)).toEqual({ latitude: -33.8688, longitude: 151.2093 })
    expect(outOfChina(39.9, 116.4)).toBe(false)
    expect(outOfChina(35.68, 139.76)).toBe(true) // Tokyo, east of the box
  })
})

describe('getLocation without the browser permission (real Chromium denies it)', () => {
  it('fails auth deny through fail/complete and the Promise', async () => {
    const calls: unknown[] = []
    await new Promise<void>(resolve => getLocation({ type: 'gcj02', fail: res => calls.push(['fail', res]), complete: (res) => {
      calls.push(['complete', res])
      resolve()
    } }))
    expect(calls).toEqual([['fail', { errMsg: 'getLocation:fail auth deny' }], ['complete', { errMsg: 'getLocation:fail auth deny' }]])
    await expect(getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail auth deny' })
  })

  it('startLocationUpdate fails auth deny and sends no change', async () => {
    const seen: unknown[] = []
    onLocationChange(res => seen.push(res))
    await expect(startLocationUpdate()).rejects.toEqual({ errMsg: 'startLocationUpdate:fail auth deny' })
    await expect(stopLocationUpdate()).resolves.toEqual({ errMsg: 'stopLocationUpdate:ok' })
    expect(seen).toEqual([])
  })

  it('a second start shares the first outcome; stop before the first fix fails the start', async () => {
    const watch = vi.spyOn(navigator.geolocation, 'watchPosition').mockImplementation(() => 7)
    const clear = vi.spyOn(navigator.geolocation, 'clearWatch').mockImplementation(() => {})
    const first = startLocationUpdate().catch((error: unknown) => error)
    const second = startLocationUpdate({ type: 'wgs84' }).catch((error: unknown) => error)
    await expect(stopLocationUpdate()).resolves.toEqual({ errMsg: 'stopLocationUpdate:ok' })
    expect(await first).toEqual({ errMsg: 'startLocationUpdate:fail stopped by stopLocationUpdate' })
    expect(await second).toEqual({ errMsg: 'startLocationUpdate:fail stopped by stopLocationUpdate' })
    expect(watch).toHaveBeenCalledTimes(1)
    expect(clear).toHaveBeenCalledWith(7)
  })

  it('checks the coordinate type', async () => {
    await expect(getLocation({ type: 'bd09' as never })).rejects.toEqual({ errMsg: 'getLocation:fail parameter error: parameter.type should be "wgs84" or "gcj02" instead of "bd09";' })
  })

  it('maps a timeout and an unavailable position', async () => {
    const fakeError = (code: number) => ({ code, message: '', PERMISSION_DENIED: 1, POSITION_UNAVAILABLE: 2, TIMEOUT: 3 }) as GeolocationPositionError
    const spy = vi.spyOn(navigator.geolocation, 'getCurrentPosition')
    spy.mockImplementation((_ok, error) => error?.(fakeError(3)))
    await expect(getLocation({ isHighAccuracy: true, highAccuracyExpireTime: 4000 })).rejects.toEqual({ errMsg: 'getLocation:fail timeout' })
    expect(spy.mock.calls[0][2]).toEqual({ maximumAge: 0, enableHighAccuracy: true, timeout: 4000 })
    spy.mockImplementation((_ok, error) => error?.(fakeError(2)))
    await expect(getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail position unavailable' })
  })
})

describe('map provider', () => {
  it('without an adapter chooseLocation and openLocation fail with the reason', async () => {
    await expect(chooseLocation()).rejects.toEqual({ errMsg: 'chooseLocation:fail no map provider configured, see docs/location.md' })
    await expect(openLocation({ latitude: 39.9, longitude: 116.4 })).rejects.toEqual({ errMsg: 'openLocation:fail no map provider configured, see docs/location.md' })
  })

  it('chooseLocation returns the adapter place; cancel and bad answers fail', async () => {
    const choose = vi.fn(async () => ({ name: '天安门', address: '北京市东城区', latitude: 39.908, longitude: 116.397, extra: 1 }))
    configure({ adapters: { map: { chooseLocation: choose, openLocation: () => {} } } })
    await expect(chooseLocation({ latitude: 39.9, longitude: 116.4 })).resolves.toEqual({ name: '天安门', address: '北京市东城区', latitude: 39.908, longitude: 116.397, errMsg: 'chooseLocation:ok' })
    expect(choose).toHaveBeenCalledWith({ latitude: 39.9, longitude: 116.4 })
    choose.mockRejectedValueOnce('cancel')
    await expect(chooseLocation()).rejects.toEqual({ errMsg: 'chooseLocation:fail cancel' })
    choose.mockResolvedValueOnce({ name: 'x' } as never)
    await expect(chooseLocation()).rejects.toEqual({ errMsg: 'chooseLocation:fail map adapter returned no place' })
  })

  it('openLocation checks coordinates and scale 5-18 (default 18) before the adapter', async () => {
    const open = vi.fn()
    configure({ adapters: { map: { chooseLocation: vi.fn(), openLocation: open } } })
    await expect(openLocation({ latitude: 31.23, longitude: 121.47, name: 'Bund' })).resolves.toEqual({ errMsg: 'openLocation:ok' })
    expect(open).toHaveBeenCalledWith({ latitude: 31.23, longitude: 121.47, name: 'Bund', scale: 18 })
    await expect(openLocation({ latitude: 31.23, longitude: 121.47, scale: 5 })).resolves.toEqual({ errMsg: 'openLocation:ok' })
    await expect(openLocation({ latitude: 31.23, longitude: 121.47, scale: 4 })).rejects.toEqual({ errMsg: 'openLocation:fail parameter error: parameter.scale should be between 5 and 18;' })
    await expect(openLocation({ latitude: 31.23, longitude: 121.47, scale: 19 })).rejects.toEqual({ errMsg: 'openLocation:fail parameter error: parameter.scale should be between 5 and 18;' })
    await expect(openLocation({ latitude: 91, longitude: 0 })).rejects.toEqual({ errMsg: 'openLocation:fail parameter error: parameter.latitude should be between -90 and 90;' })
    await expect(openLocation({ latitude: '31' } as never)).rejects.toEqual({ errMsg: 'openLocation:fail parameter error: parameter.latitude should be Number instead of String;' })
    expect(open).toHaveBeenCalledTimes(2)
  })

  it('createMapContext comes from the adapter; without one its methods fail', async () => {
    const context = createMapContext('map')
    const getCenter = context.getCenterLocation as (o?: object) => unknown
    expect(getCenter()).toBeUndefined()
    const res = await new Promise(resolve => getCenter({ fail: resolve }))
    expect(res).toEqual({ errMsg: 'getCenterLocation:fail no map provider configured, see docs/location.md' })
    expect(typeof context.moveToLocation).toBe('function')
    const mine = { getCenterLocation: vi.fn() }
    const create = vi.fn(() => mine)
    configure({ adapters: { map: { chooseLocation: vi.fn(), openLocation: vi.fn(), createMapContext: create } } })
    const component = {}
    expect(createMapContext('map2', component)).toBe(mine)
    expect(create).toHaveBeenCalledWith('map2', component)
  })
})
