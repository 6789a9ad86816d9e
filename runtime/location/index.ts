// The location area's wx APIs (with the map APIs that take a provider), as named exports.
export { getLocation } from './get-location'
export { offLocationChange, onLocationChange, startLocationUpdate, stopLocationUpdate } from './location-update'
export { chooseLocation, createMapContext, openLocation } from './map-provider'
