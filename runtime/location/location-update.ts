import { defineAsync } from '../internal/define'
import { createListeners, defineListener } from '../internal/listeners'
import { checkParams } from '../internal/params'
import { type CoordinateType, coordinateType, geolocation, positionFailure, toWxLocation, type WxLocation } from './position'

/**
 * startLocationUpdate / stopLocationUpdate over navigator.geolocation.watchPosition, and
 * onLocationChange / offLocationChange for every fix while it runs (type defaults to
 * gcj02 here, as in wx). start succeeds with the first fix, or fails with the first error
 * (`auth deny` when the browser permission is refused) and stops watching. A second start
 * while running only changes the coordinate type.
 */
export interface StartLocationUpdateOptions { type?: 'wgs84' | 'gcj02' }

const listeners = /* @__PURE__ */ createListeners<[WxLocation]>()
export const [onLocationChange, offLocationChange] = /* @__PURE__ */ defineListener('onLocationChange', 'offLocationChange', listeners)

let watchId: number | undefined
let type: CoordinateType = 'gcj02'

export const startLocationUpdate = /* @__PURE__ */ defineAsync<StartLocationUpdateOptions>('startLocationUpdate', (o) => {
  checkParams(o as Record<string, unknown>, { type: 'String?' })
  type = coordinateType(o.type, 'gcj02')
  const geo = geolocation()
  if (watchId !== undefined) return
  return new Promise<void>((resolve, reject) => {
    let started = false
    const id = watchId = geo.watchPosition(
      (position) => {
        started = true
        resolve()
        listeners.emit(toWxLocation(position, type))
      },
      (error) => {
        if (started) return
        geo.clearWatch(id)
        if (watchId === id) watchId = undefined
        reject(positionFailure(error))
      },
      { maximumAge: 0 },
    )
  })
})

export const stopLocationUpdate = /* @__PURE__ */ defineAsync('stopLocationUpdate', () => {
  if (watchId !== undefined) geolocation().clearWatch(watchId)
  watchId = undefined
})
