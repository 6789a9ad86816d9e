import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { createListeners, defineListener } from '../internal/listeners'
import { checkParams } from '../internal/params'
import { type CoordinateType, locate, positionFailure, toWxLocation, type WxLocation } from './position'

/**
 * startLocationUpdate / stopLocationUpdate over navigator.geolocation.watchPosition, and
 * onLocationChange / offLocationChange for every fix while it runs (type defaults to
 * gcj02 here, as in wx). start succeeds with the first fix, or fails with the first error
 * (`auth deny` when the browser permission is refused) and stops watching. A second start
 * while running only changes the coordinate type (and shares a pending first outcome);
 * stopLocationUpdate before the first fix fails that start `stopped by stopLocationUpdate`.
 */
export interface StartLocationUpdateOptions { type?: 'wgs84' | 'gcj02' }

const listeners = /* @__PURE__ */ createListeners<[WxLocation]>()
// Not destructured: a destructuring is kept by the bundler even when nothing uses it.
const changeApi = /* @__PURE__ */ defineListener('onLocationChange', 'offLocationChange', listeners)
export const onLocationChange = (listener: (res: WxLocation) => void): void => changeApi[0](listener)
export const offLocationChange = (listener?: (res: WxLocation) => void): void => changeApi[1](listener)

let watchId: number | undefined
// The first start's outcome: a second start before the first fix shares it.
let starting: Promise<void> | undefined
// Settles a start still waiting for its first fix, so stopping never leaves it hanging.
let abandonStart: (() => void) | undefined
let type: CoordinateType = 'gcj02'

export const startLocationUpdate = /* @__PURE__ */ defineAsync<StartLocationUpdateOptions>('startLocationUpdate', (o) => {
  checkParams(o as Record<string, unknown>, { type: 'String?' })
  const [geo, newType] = locate(o.type, 'gcj02')
  type = newType
  if (watchId !== undefined) return starting
  return starting = new Promise<void>((resolve, reject) => {
    let started = false
    const failStart = positionFailure(reject)
    abandonStart = () => reject(fail('stopped by stopLocationUpdate'))
    const id = watchId = geo.watchPosition(
      (position) => {
        started = true
        abandonStart = undefined
        resolve()
        listeners.emit(toWxLocation(position, type))
      },
      (error) => {
        if (started) return
        abandonStart = undefined
        geo.clearWatch(id)
        if (watchId === id) watchId = undefined
        failStart(error)
      },
      { maximumAge: 0 },
    )
  })
})

export const stopLocationUpdate = /* @__PURE__ */ defineAsync('stopLocationUpdate', () => {
  if (watchId !== undefined) navigator.geolocation.clearWatch(watchId)
  watchId = undefined
  starting = undefined
  abandonStart?.()
  abandonStart = undefined
})
