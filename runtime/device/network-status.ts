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

function connection(): NetworkInformation | undefined {
  return (navigator as Navigator & { connection?: NetworkInformation }).connection
}

export function currentNetworkType(): NetworkType {
  if (!navigator.onLine) return 'none'
  const info = connection()
  if (!info) return 'unknown'
  if (info.type === 'wifi' || info.type === 'ethernet') return 'wifi'
  if (info.type === 'none') return 'none'
  switch (info.effectiveType) {
    case '4g': return '4g'
    case '3g': return '3g'
    case '2g':
    case 'slow-2g': return '2g'
    default: return 'unknown'
  }
}

export const getNetworkType = /* @__PURE__ */ defineAsync<Record<string, never>, { networkType: NetworkType, weakNet: boolean }>('getNetworkType', () => {
  const networkType = currentNetworkType()
  return { networkType, weakNet: networkType === '2g' }
})

const listeners = /* @__PURE__ */ createListeners<[NetworkStatus]>()
let installed = false
function install(): void {
  if (installed) return
  installed = true
  // Reported on change only: the connection's change event also fires for speed estimates
  // (rtt, downlink) that leave the wx-visible status as it was.
  let last = `${navigator.onLine}/${currentNetworkType()}`
  const emit = () => {
    const status: NetworkStatus = { isConnected: navigator.onLine, networkType: currentNetworkType() }
    const key = `${status.isConnected}/${status.networkType}`
    if (key === last) return
    last = key
    listeners.emit(status)
  }
  addEventListener('online', emit)
  addEventListener('offline', emit)
  connection()?.addEventListener('change', emit)
}

export const [onNetworkStatusChange, offNetworkStatusChange] = /* @__PURE__ */ defineListener('onNetworkStatusChange', 'offNetworkStatusChange', listeners, install)
