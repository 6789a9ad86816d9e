// What wx reports as "WeChat may use the camera/microphone/location/notifications" maps to
// the browser's permission state for this origin. The Permissions API answers
// asynchronously, so states are cached: every read starts a refresh, async APIs await it,
// and `change` events keep the cache current. Before the first answer the state is
// 'not determined' — the truth: nothing has been asked yet.

export type AuthState = 'authorized' | 'denied' | 'not determined'

/** wx permission -> the browser permission it rides on. */
const BROWSER_PERMISSION = {
  camera: 'camera',
  microphone: 'microphone',
  location: 'geolocation',
  notification: 'notifications',
} as const

export type TrackedPermission = keyof typeof BROWSER_PERMISSION

const cache: Partial<Record<TrackedPermission, AuthState>> = {}
let pending: Promise<void> | undefined

function toAuth(state: PermissionState): AuthState {
  return state === 'granted' ? 'authorized' : state === 'denied' ? 'denied' : 'not determined'
}

export function permissionState(name: TrackedPermission): AuthState {
  return cache[name] ?? 'not determined'
}

/** Queries every tracked permission once (and subscribes to changes). Never rejects. */
export function loadPermissions(): Promise<void> {
  const query = typeof navigator !== 'undefined' ? navigator.permissions?.query : undefined
  if (typeof query !== 'function') return Promise.resolve()
  pending ??= Promise.all(Object.entries(BROWSER_PERMISSION).map(async ([wxName, browserName]) => {
    try {
      const status = await navigator.permissions.query({ name: browserName as PermissionName })
      cache[wxName as TrackedPermission] = toAuth(status.state)
      status.addEventListener('change', () => {
        cache[wxName as TrackedPermission] = toAuth(status.state)
      })
    }
    catch {
      // This browser does not know the permission: it stays 'not determined'.
    }
  })).then(() => {})
  return pending
}
