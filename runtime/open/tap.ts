import { getTarget } from '../internal/config'
import { fail } from '../internal/fail'
import { compareVersion } from '../internal/version'

/**
 * openSetting, navigateToMiniProgram and getUserProfile only work from a user tap since
 * base library 2.3.0. The web's equivalent is transient user activation (a click or key
 * press within the last few seconds); where the browser cannot tell, the call proceeds.
 */
export function requireTap(): void {
  if (compareVersion(getTarget(), '2.3.0') < 0) return
  const activation = (navigator as Navigator & { userActivation?: { isActive: boolean } }).userActivation
  if (activation && !activation.isActive) throw fail('can only be invoked by user TAP gesture.')
}
