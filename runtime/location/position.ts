import { fail, type WxFail } from '../internal/fail'
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
  const c = position.coords
  const point = type === 'gcj02' ? wgs84ToGcj02(c.latitude, c.longitude) : { latitude: c.latitude, longitude: c.longitude }
  return {
    latitude: point.latitude,
    longitude: point.longitude,
    speed: c.speed ?? 0,
    accuracy: c.accuracy,
    altitude: c.altitude ?? 0,
    verticalAccuracy: c.altitudeAccuracy ?? 0,
    horizontalAccuracy: c.accuracy,
  }
}

/** A GeolocationPositionError in wx's words: denied -> `auth deny`, then `timeout`, then no fix. */
export function positionFailure(error: GeolocationPositionError): WxFail {
  if (error.code === 1) return fail('auth deny')
  if (error.code === 3) return fail('timeout')
  return fail('position unavailable')
}

export function coordinateType(value: unknown, fallback: CoordinateType): CoordinateType {
  if (value === undefined) return fallback
  if (value !== 'wgs84' && value !== 'gcj02') throw fail(`parameter error: parameter.type should be "wgs84" or "gcj02" instead of ${JSON.stringify(value)};`)
  return value
}

export function geolocation(): Geolocation {
  if (typeof navigator === 'undefined' || !navigator.geolocation) throw fail('not supported')
  return navigator.geolocation
}
