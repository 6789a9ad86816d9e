import { defineAsync } from '../internal/define'
import { createListeners, defineListener } from '../internal/listeners'

/**
 * getNetworkType and network-change events from navigator.onLine and the Network
 * Information API. The web does not tell wifi from cellular except where
 * `connection.type` exists (Android, ChromeOS); elsewhere the effective speed class
 * stands in: 4g / 3g / 2g (`slow-2g` counts as 2g). No Network Information API at all
 * (Safari, Firefox) gives 'unknown'; offline gives 'none'.
 */
export type NetworkType = 'wifi' | '2g' | '3g' | '4g' | '5g' | 'unknown' | 'none'
export interface NetworkStatus { isConnected: boolean, networkType: NetworkType }

interface NetworkInformation extends EventTarget { type?: string, effectiveType?: string }

/** Speed classes by `connection.effectiveType`. */
const SPEEDS: Record<string, NetworkType> = { '4g': '4g', '3g': '3g', '2g': '2g', 'slow-2g': '2g' }

function connection(): NetworkInformation | undefined {
  return (navigator as Navigator & { connection?: NetworkInformation }).connection
}

export function currentNetworkType(): NetworkType {
  const info = connection()
  if (!navigator.onLine || info?.type === 'none') return 'none'
  if (!info) return 'unknown'
  if (info.type === 'wifi' || info.type === 'ethernet') return 'wifi'
  return SPEEDS[info.effectiveType!] ?? 'unknown'
}

export const getNetworkType = /* @__PURE__ */ defineAsync<Record<string, never>, { networkType: NetworkType, weakNet: boolean }>('getNetworkType', () => {
  const networkType = currentNetworkType()
  return { networkType, weakNet: networkType === '2g' }
})

const status = (): NetworkStatus => ({ isConnected: navigator.onLine, networkType: currentNetworkType() })

const listeners = /* @__PURE__ */ createListeners<[NetworkStatus]>()
let last: string | undefined

// Reported on change only: the connection's change event also fires for speed estimates
// (rtt, downlink) that leave the wx-visible status as it was.
function emitChange(): void {
  const next = status()
  const key = JSON.stringify(next)
  if (key === last) return
  last = key
  listeners.emit(next)
}

/** Runs on every onNetworkStatusChange: adding the same listener function again is a no-op. */
function install(): void {
  last ??= JSON.stringify(status())
  addEventListener('online', emitChange)
  addEventListener('offline', emitChange)
  connection()?.addEventListener('change', emitChange)
}

// Not destructured: a destructuring is kept by the bundler even when nothing uses it.
const statusApi = /* @__PURE__ */ defineListener('onNetworkStatusChange', 'offNetworkStatusChange', listeners, install)
export const onNetworkStatusChange = (listener: (res: NetworkStatus) => void): void => statusApi[0](listener)
export const offNetworkStatusChange = (listener?: (res: NetworkStatus) => void): void => statusApi[1](listener)
