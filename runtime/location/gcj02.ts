/**
 * WGS-84 (what GPS and the Geolocation API give) to GCJ-02 (what maps in mainland China
 * and WeChat's map APIs use), by the published offset formula on the Krasovsky 1940
 * ellipsoid. Outside mainland China's bounding box there is no offset.
 */
const A = 6378245.0
const EE = 0.006693421622965943

export function outOfChina(latitude: number, longitude: number): boolean {
  return longitude < 72.004 || longitude > 137.8347 || latitude < 0.8293 || latitude > 55.8271
}

export function wgs84ToGcj02(latitude: number, longitude: number): { latitude: number, longitude: number } {
  if (outOfChina(latitude, longitude)) return { latitude, longitude }
  const { sin, sqrt, abs, PI } = Math
  const x = longitude - 105
  const y = latitude - 35
  // The periodic terms both offsets share; `t` is y for the latitude, x for the longitude.
  const waves = (t: number, a: number, c: number): number => (20 * sin(6 * x * PI) + 20 * sin(2 * x * PI)) * 2 / 3
    + (20 * sin(t * PI) + 40 * sin(t / 3 * PI)) * 2 / 3
    + (a * sin(t / 12 * PI) + c * sin(t / 30 * PI)) * (2 / 3)
  const latOffset = -100 + 2 * x + 3 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * sqrt(abs(x)) + waves(y, 160, 320)
  const lngOffset = 300 + x + 2 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * sqrt(abs(x)) + waves(x, 150, 300)
  const radLat = latitude / 180 * PI
  const magic = 1 - EE * sin(radLat) ** 2
  const sqrtMagic = sqrt(magic)
  return {
    latitude: latitude + latOffset * 180 / ((A * (1 - EE)) / (magic * sqrtMagic) * PI),
    longitude: longitude + lngOffset * 180 / (A / sqrtMagic * Math.cos(radLat) * PI),
  }
}
