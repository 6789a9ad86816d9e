import { callUser } from '../internal/report-error'

/**
 * wx.getUpdateManager. A web app is updated by deploying it: the next load already runs
 * the new version, so there is never an update waiting in the background. The check
 * reports `{ hasUpdate: false }` (asynchronously, once per listener, as WeChat reports
 * the check once after launch); ready and failed never fire; applyUpdate has nothing to
 * apply and does nothing.
 */
export interface UpdateManager {
  onCheckForUpdate: (listener: (res: { hasUpdate: boolean }) => void) => void
  onUpdateReady: (listener: () => void) => void
  onUpdateFailed: (listener: () => void) => void
  applyUpdate: () => void
}

let manager: UpdateManager | undefined
const nothing = () => {}

export function getUpdateManager(): UpdateManager {
  manager ??= {
    onCheckForUpdate(listener) {
      setTimeout(() => callUser(listener, { hasUpdate: false }))
    },
    onUpdateReady: nothing,
    onUpdateFailed: nothing,
    applyUpdate: nothing,
  }
  return manager
}
