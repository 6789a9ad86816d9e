/**
 * WGS-84 (what GPS and the Geolocation API give) to GCJ-02 (what maps in mainland China
 * and WeChat's map APIs use), by the published offset formula on the Krasovsky 1940
 * ellipsoid. Outside mainland China's bounding box there is no offset.
 */
const A = 6378245.0
const EE = 0.006693421622965943
const PI = Math.PI

export function outOfChina(latitude: number, longitude: number): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271
}

// The shared periodic terms of both offsets.
function waves(x: number, y: number, a: number, b: number, c: number, d: number, e: number): number {
  return (20 * Math.sin(6 * x * PI) + 20 * Math.sin(2 * x * PI)) * 2 / 3
    + (20 * Math.sin(y * PI) + 40 * Math.sin(y / 3 * PI)) * 2 / 3
    + (a * Math.sin(y / b * PI) + c * Math.sin(y / d * PI)) * e
}

function latOffset(x: number, y: number): number {
  return -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x)) + waves(x, y, 160, 12, 320, 30, 2 / 3)
}

function lngOffset(x: number, y: number): number {
  return 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x)) + waves(x, x, 150, 12, 300, 30, 2 / 3)
}

export function wgs84ToGcj02(latitude: number, longitude: number): { latitude: number, longitude: number } {
  if (outOfChina(latitude, longitude)) return { latitude, longitude }
  const x = longitude - 105
  const y = latitude - 35
  const radLat = latitude / 180 * PI
  const magic = 1 - EE * Math.sin(radLat) ** 2
  const sqrtMagic = Math.sqrt(magic)
  const dLat = latOffset(x, y) * 180 / ((A * (1 - EE)) / (magic * sqrtMagic) * PI)
  const dLng = lngOffset(x, y) * 180 / (A / sqrtMagic * Math.cos(radLat) * PI)
  return { latitude: latitude + dLat, longitude: longitude + dLng }
}
