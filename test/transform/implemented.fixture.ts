// A fixed set of implemented wx APIs for the transform tests, so their output does not move while the
// runtime grows. `vi.mock('../../runtime/implemented', …)` swaps it in for runtime/implemented.ts.
export const IMPLEMENTED: ReadonlySet<string> = new Set([
  'canIUse', 'showToast', 'showModal', 'hideToast', 'request', 'navigateTo', 'redirectTo',
  'getStorageSync', 'setStorageSync', 'setStorage', 'getSystemInfoSync', 'getSystemInfoAsync', 'env',
  'login', 'pageScrollTo', 'showLoading', 'hideLoading',
])
