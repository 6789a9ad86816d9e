import { fail } from '../internal/fail'
import { wgs84ToGcj02 } from './gcj02'

/** A location in wx's shape. Values the browser does not know (speed, altitude, vertical accuracy) are 0. */
export interface WxLocation {
  latitude: number
  longitude: number
  speed: number
  accuracy: number
  altitude: number
  verticalAccuracy: number
  horizontalAccuracy: number
}

export type CoordinateType = 'wgs84' | 'gcj02'

export function toWxLocation(position: GeolocationPosition, type: CoordinateType): WxLocation {
  const { latitude, longitude, speed, accuracy, altitude, altitudeAccuracy } = position.coords
  return {
    ...(type === 'gcj02' ? wgs84ToGcj02(latitude, longitude) : { latitude, longitude }),
    speed: speed ?? 0,
    accuracy,
    altitude: altitude ?? 0,
    verticalAccuracy: altitudeAccuracy ?? 0,
    horizontalAccuracy: accuracy,
  }
}

/** Rejects a geolocation callback's error in wx's words: denied -> `auth deny`, then `timeout`, then no fix. */
export function positionFailure(reject: (reason: unknown) => void): PositionErrorCallback {
  return error => reject(fail(error.code === 1 ? 'auth deny' : error.code === 3 ? 'timeout' : 'position unavailable'))
}

/**
 * The browser's geolocation (fails `not supported` without one) and the checked coordinate
 * type of `options.type` (`fallback` when absent).
 */
export function locate(value: unknown, fallback: CoordinateType): [Geolocation, CoordinateType] {
  if (value !== undefined && value !== 'wgs84' && value !== 'gcj02') throw fail(`parameter error: parameter.type should be "wgs84" or "gcj02" instead of ${JSON.stringify(value)};`)
  if (typeof navigator === 'undefined' || !navigator.geolocation) throw fail('not supported')
  return [navigator.geolocation, value ?? fallback]
}
