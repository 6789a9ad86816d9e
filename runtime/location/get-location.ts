import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { locate, positionFailure, toWxLocation, type WxLocation } from './position'

/**
 * wx.getLocation over navigator.geolocation.getCurrentPosition: WGS-84 by default,
 * `type: 'gcj02'` converted (no offset outside mainland China). A denied browser
 * permission fails `getLocation:fail auth deny`; no fix in time `getLocation:fail timeout`.
 * `isHighAccuracy` asks the browser for its best fix, within `highAccuracyExpireTime` ms
 * (default 3000 ms, the wx minimum) when given. Without high accuracy there is no time
 * limit besides the browser's own, as wx waits for the user to answer the permission.
 */
export interface GetLocationOptions {
  type?: 'wgs84' | 'gcj02'
  altitude?: boolean
  isHighAccuracy?: boolean
  highAccuracyExpireTime?: number
}

export const getLocation = /* @__PURE__ */ defineAsync<GetLocationOptions, WxLocation>('getLocation', (o) => {
  checkParams(o as Record<string, unknown>, { type: 'String?', altitude: 'Boolean|String?', isHighAccuracy: 'Boolean?', highAccuracyExpireTime: 'Number?' })
  const [geo, type] = locate(o.type, 'wgs84')
  const options: PositionOptions = { maximumAge: 0, enableHighAccuracy: !!o.isHighAccuracy }
  if (o.isHighAccuracy) options.timeout = Math.max(o.highAccuracyExpireTime ?? 3000, 3000)
  return new Promise<WxLocation>((resolve, reject) => {
    geo.getCurrentPosition(position => resolve(toWxLocation(position, type)), positionFailure(reject), options)
  })
})
