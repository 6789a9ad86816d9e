import { callAdapter } from '../internal/adapter-call'
import { config } from '../internal/config'
import { defineAsync } from '../internal/define'
import { fail, type WxFail } from '../internal/fail'
import { checkParams } from '../internal/params'

/**
 * chooseLocation, openLocation and createMapContext need a map: tiles, search, a place
 * picker. The app brings one through `configure({ adapters: { map } })` (see
 * docs/location.md); without it they fail `<api>:fail no map provider configured, see
 * docs/location.md`. Coordinates cross the adapter as GCJ-02, as in wx.
 */
export interface ChooseLocationOptions { latitude?: number, longitude?: number }
export interface ChosenLocation { name: string, address: string, latitude: number, longitude: number }
export interface OpenLocationOptions { latitude: number, longitude: number, scale?: number, name?: string, address?: string }
export type MapContextLike = Record<string, unknown>

export interface MapAdapter {
  /** Shows a place picker; resolves the chosen place, throws 'cancel' when the user backs out. */
  chooseLocation: (options: ChooseLocationOptions) => ChosenLocation | Promise<ChosenLocation>
  /** Shows the place on a map (a page, a dialog, a provider's map app). */
  openLocation: (options: Required<Pick<OpenLocationOptions, 'latitude' | 'longitude' | 'scale'>> & OpenLocationOptions) => void | Promise<void>
  /** The MapContext for the `<map id="mapId">` your map component renders. */
  createMapContext?: (mapId: string, component?: unknown) => MapContextLike
}

declare module '../internal/config' {
  interface Adapters {
    /** Map provider for chooseLocation, openLocation and createMapContext. */
    map?: MapAdapter
  }
}

const NO_PROVIDER = 'no map provider configured, see docs/location.md'

/** Calls the map adapter's `api` method with the options minus callbacks. */
function callMap<R>(api: 'chooseLocation' | 'openLocation', options: object): Promise<R> {
  return callAdapter(api, config.adapters?.map?.[api], options, NO_PROVIDER)
}

export const chooseLocation = /* @__PURE__ */ defineAsync<ChooseLocationOptions, ChosenLocation>('chooseLocation', async (o) => {
  checkParams(o as Record<string, unknown>, { latitude: 'Number?', longitude: 'Number?' })
  const place = await callMap<ChosenLocation>('chooseLocation', o)
  try {
    checkParams(place as unknown as Record<string, unknown>, { name: 'String', address: 'String', latitude: 'Number', longitude: 'Number' })
  }
  catch {
    throw fail('map adapter returned no place')
  }
  return { name: place.name, address: place.address, latitude: place.latitude, longitude: place.longitude }
})

function outOfRange(name: string, min: number, max: number): WxFail {
  return fail(`parameter error: parameter.${name} should be between ${min} and ${max};`)
}

export const openLocation = /* @__PURE__ */ defineAsync<OpenLocationOptions>('openLocation', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { latitude: 'Number', longitude: 'Number', scale: 'Number?', name: 'String?', address: 'String?' })
  const scale = o.scale ?? 18
  if (o.latitude < -90 || o.latitude > 90) throw outOfRange('latitude', -90, 90)
  if (o.longitude < -180 || o.longitude > 180) throw outOfRange('longitude', -180, 180)
  if (!(scale >= 5 && scale <= 18)) throw outOfRange('scale', 5, 18)
  await callMap<void>('openLocation', { ...o, scale })
})

// The MapContext members of wx: without a provider each fails the wx way.
const MAP_METHODS = ['addArc', 'addCustomLayer', 'addGroundOverlay', 'addMarkers', 'addVisualLayer', 'eraseLines', 'executeVisualLayerCommand', 'fromScreenLocation', 'getCenterLocation', 'getRegion', 'getRotate', 'getScale', 'getSkew', 'includePoints', 'initMarkerCluster', 'moveAlong', 'moveToLocation', 'openMapApp', 'removeArc', 'removeCustomLayer', 'removeGroundOverlay', 'removeMarkers', 'removeVisualLayer', 'setBoundary', 'setCenterOffset', 'setLocMarkerIcon', 'toScreenLocation', 'translateMarker', 'updateGroundOverlay']

/**
 * The map adapter's context for `mapId`. Without a provider (or one with no
 * createMapContext) every method fails `<method>:fail no map provider configured, ...`
 * through its callbacks, and `on` does nothing.
 */
export function createMapContext(mapId: string, component?: unknown): MapContextLike {
  const map = config.adapters?.map
  if (map && typeof map.createMapContext === 'function') return map.createMapContext(String(mapId), component)
  const context: MapContextLike = { on() {} }
  // Callbacks only, as the typings declare them: a call without callbacks must not leave
  // an unhandled rejection behind.
  for (const name of MAP_METHODS) context[name] = defineAsync(name, () => {
    throw fail(NO_PROVIDER)
  }, false)
  return context
}
