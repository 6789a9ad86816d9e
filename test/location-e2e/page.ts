// The page the location e2e test opens: the runtime's location area on window, and a
// recorder for onLocationChange.
import * as location from '../../runtime/location/index'

const changes: unknown[] = []
location.onLocationChange(res => changes.push(res))

Object.assign(globalThis, { wxLocation: location, locationChanges: changes })
