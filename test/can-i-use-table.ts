/**
 * Shared canIUse expectations: one table asserted against `resolveCanIUse`
 * (test/can-i-use.test.ts), and reusable for run-time `wx.canIUse` and the transform's
 * folding of `wx.canIUse('literal')`.
 *
 * Row shape `{ schema, target, expected, api?, implemented? }`:
 * - `target`: the base-library version emulated (`configure({ target })` / plugin `target`).
 * - `api`: the wx API (or, for a class without a source API, the class name) whose being
 *   implemented the answer depends on; absent when the answer is false whatever is implemented.
 * - `implemented` (default true): whether `api` counts as implemented for this row.
 * - `expected`: the exact answer under that assumption.
 * `TABLE_IMPLEMENTED` is the fixed implemented set the rows assume: every `api` of a row not
 * marked `implemented: false`. With another implemented set (say the runtime's real
 * IMPLEMENTED), use `expectedFor(row, isImplemented)`: it returns undefined for rows whose
 * answer that set cannot reproduce.
 */
export interface CanIUseCase {
  readonly schema: string
  readonly target: string
  readonly expected: boolean
  readonly api?: string
  readonly implemented?: boolean
}

const LATEST = '3.17.0'

export const CAN_I_USE_TABLE: readonly CanIUseCase[] = [
  // --- APIs: existence and since -------------------------------------------------------------
  { schema: 'canIUse', target: '2.10.0', api: 'canIUse', expected: true },
  { schema: 'canIUse', target: '1.1.0', api: 'canIUse', expected: false },
  { schema: 'canIUse', target: '1.1.1', api: 'canIUse', expected: true },
  { schema: 'showToast', target: '1.0.0', api: 'showToast', expected: true },
  { schema: 'request', target: '2.10.0', api: 'request', expected: true },
  { schema: 'getSystemInfoAsync', target: '2.10.0', api: 'getSystemInfoAsync', expected: false },
  { schema: 'getSystemInfoAsync', target: '2.14.0', api: 'getSystemInfoAsync', expected: false },
  { schema: 'getSystemInfoAsync', target: '2.14.1', api: 'getSystemInfoAsync', expected: true },
  { schema: 'onUnhandledRejection', target: '2.10.0', api: 'onUnhandledRejection', expected: true },
  { schema: 'onUnhandledRejection', target: '2.9.4', api: 'onUnhandledRejection', expected: false },
  { schema: 'getWindowInfo', target: '2.10.0', api: 'getWindowInfo', expected: false },
  { schema: 'getWindowInfo', target: LATEST, api: 'getWindowInfo', expected: true },
  { schema: 'saveFile', target: '2.10.0', api: 'saveFile', expected: true },
  { schema: 'requestPayment', target: LATEST, api: 'requestPayment', implemented: false, expected: false },
  { schema: 'updateWeChatApp', target: LATEST, api: 'updateWeChatApp', implemented: false, expected: false },
  { schema: 'openBluetoothAdapter', target: '2.10.0', api: 'openBluetoothAdapter', implemented: false, expected: false },
  { schema: 'noSuchApi', target: LATEST, expected: false },
  { schema: '', target: LATEST, expected: false },
  { schema: 'showToast.', target: LATEST, expected: false },
  { schema: 'toString', target: LATEST, expected: false },
  { schema: 'constructor', target: LATEST, expected: false },
  { schema: 'wx.showToast', target: LATEST, expected: false },

  // --- API.method only -----------------------------------------------------------------------
  { schema: 'showToast.object', target: '2.10.0', api: 'showToast', expected: true },
  { schema: 'request.success', target: '2.10.0', api: 'request', expected: true },
  { schema: 'request.return', target: '2.10.0', expected: false },
  { schema: 'onUnhandledRejection.callback', target: '2.10.0', api: 'onUnhandledRejection', expected: true },
  { schema: 'showToast.foo', target: LATEST, expected: false },

  // --- object: params, enum values, free-text and overlay since ----------------------------
  { schema: 'showToast.object.title', target: '1.0.0', api: 'showToast', expected: true },
  { schema: 'showToast.object.image', target: '1.0.0', api: 'showToast', expected: false },
  { schema: 'showToast.object.image', target: '1.1.0', api: 'showToast', expected: true },
  { schema: 'showToast.object.icon.success', target: '2.10.0', api: 'showToast', expected: true },
  { schema: 'showToast.object.icon.error', target: '2.14.0', api: 'showToast', expected: false },
  { schema: 'showToast.object.icon.error', target: '2.14.1', api: 'showToast', expected: true },
  { schema: 'showToast.object.icon.none', target: '1.8.0', api: 'showToast', expected: false },
  { schema: 'showToast.object.icon.none', target: '2.10.0', api: 'showToast', expected: true },
  { schema: 'showToast.object.icon.warning', target: LATEST, expected: false },
  { schema: 'showToast.object.nope', target: LATEST, expected: false },
  { schema: 'request.object.method.GET', target: '2.10.0', api: 'request', expected: true },
  { schema: 'request.object.method.PATCH', target: LATEST, expected: false },
  { schema: 'request.object.timeout', target: '2.10.0', api: 'request', expected: true },
  { schema: 'request.object.timeout', target: '2.9.4', api: 'request', expected: false },
  { schema: 'request.object.enableChunked', target: '2.10.0', api: 'request', expected: false },
  { schema: 'request.object.enableChunked', target: LATEST, api: 'request', expected: true },
  { schema: 'request.object.responseType.arraybuffer', target: '1.6.0', api: 'request', expected: false },
  { schema: 'request.object.responseType.arraybuffer', target: '2.10.0', api: 'request', expected: true },
  { schema: 'navigateTo.object.events', target: '2.7.2', api: 'navigateTo', expected: false },
  { schema: 'navigateTo.object.events', target: '2.7.3', api: 'navigateTo', expected: true },
  { schema: 'navigateTo.object.routeType', target: '2.10.0', api: 'navigateTo', expected: false },
  { schema: 'navigateTo.object.routeType', target: '2.29.2', api: 'navigateTo', expected: true },
  { schema: 'navigateTo.object.routeConfig', target: '3.3.0', api: 'navigateTo', expected: false },
  { schema: 'navigateTo.object.routeOptions', target: '3.4.0', api: 'navigateTo', expected: true },
  { schema: 'pageScrollTo.object.selector', target: '2.10.0', api: 'pageScrollTo', expected: true },
  { schema: 'pageScrollTo.object.offsetTop', target: '2.10.0', api: 'pageScrollTo', expected: false },
  { schema: 'showModal.object.editable', target: '2.10.0', api: 'showModal', expected: false },
  { schema: 'showModal.object.editable', target: '2.17.1', api: 'showModal', expected: true },
  { schema: 'chooseImage.object.sizeType.original', target: '2.10.0', api: 'chooseImage', expected: true },
  { schema: 'setStorageSync.object.key', target: '2.10.0', api: 'setStorageSync', expected: true },
  { schema: 'saveFile.object.tempFilePath', target: '2.10.0', api: 'saveFile', expected: true },

  // --- return / success / callback: result fields --------------------------------------------
  { schema: 'getSystemInfoSync.return.safeArea', target: '2.6.0', api: 'getSystemInfoSync', expected: false },
  { schema: 'getSystemInfoSync.return.safeArea', target: '2.7.0', api: 'getSystemInfoSync', expected: true },
  { schema: 'getSystemInfoSync.return.safeArea.left', target: '2.6.0', api: 'getSystemInfoSync', expected: false },
  { schema: 'getSystemInfoSync.return.safeArea.left', target: '2.10.0', api: 'getSystemInfoSync', expected: true },
  { schema: 'getSystemInfoSync.return.safeArea.nope', target: LATEST, expected: false },
  { schema: 'getSystemInfoSync.success.screenWidth', target: LATEST, expected: false },
  { schema: 'getSystemInfo.success.screenWidth', target: '1.0.0', api: 'getSystemInfo', expected: false },
  { schema: 'getSystemInfo.success.screenWidth', target: '2.10.0', api: 'getSystemInfo', expected: true },
  { schema: 'getSystemInfo.return.screenWidth', target: LATEST, expected: false },
  { schema: 'getSystemInfo.success.platform.ios', target: '2.10.0', api: 'getSystemInfo', expected: true },
  { schema: 'getSystemInfoAsync.success.SDKVersion', target: '2.14.1', api: 'getSystemInfoAsync', expected: true },
  { schema: 'getLocation.success.altitude', target: '1.1.0', api: 'getLocation', expected: false },
  { schema: 'getLocation.success.altitude', target: '2.10.0', api: 'getLocation', expected: true },
  { schema: 'showModal.success.cancel', target: '1.0.0', api: 'showModal', expected: false },
  { schema: 'showModal.success.cancel', target: '1.1.0', api: 'showModal', expected: true },
  { schema: 'request.success.cookies', target: '2.9.4', api: 'request', expected: false },
  { schema: 'request.success.cookies', target: '2.10.0', api: 'request', expected: true },
  { schema: 'chooseImage.success.tempFiles.path', target: '1.1.0', api: 'chooseImage', expected: false },
  { schema: 'chooseImage.success.tempFiles.path', target: '2.10.0', api: 'chooseImage', expected: true },
  { schema: 'login.success.code', target: '2.10.0', api: 'login', expected: true },
  { schema: 'saveFile.success.savedFilePath', target: '2.10.0', api: 'saveFile', expected: true },
  { schema: 'getStorageInfoSync.return.keys', target: '2.10.0', api: 'getStorageInfoSync', expected: true },
  { schema: 'getLaunchOptionsSync.return.scene', target: '2.1.1', api: 'getLaunchOptionsSync', expected: false },
  { schema: 'getLaunchOptionsSync.return.scene', target: '2.10.0', api: 'getLaunchOptionsSync', expected: true },
  { schema: 'getSetting.success.authSetting.scope.userLocation', target: '2.10.0', api: 'getSetting', expected: true },
  { schema: 'onUnhandledRejection.callback.reason', target: '2.10.0', api: 'onUnhandledRejection', expected: true },
  { schema: 'onUnhandledRejection.success.reason', target: LATEST, expected: false },
  { schema: 'onAppShow.callback.apiCategory', target: '2.10.0', api: 'onAppShow', expected: false },
  { schema: 'onAppShow.callback.apiCategory', target: '2.20.0', api: 'onAppShow', expected: true },
  { schema: 'onAppShow.callback.referrerInfo.appId', target: '2.10.0', api: 'onAppShow', expected: true },
  { schema: 'onCompassChange.callback.direction', target: '2.10.0', api: 'onCompassChange', implemented: false, expected: false },

  // --- Class.member: answered through the API that hands the class out -----------------------
  { schema: 'RequestTask.abort', target: '1.3.0', api: 'request', expected: false },
  { schema: 'RequestTask.abort', target: '1.4.0', api: 'request', expected: true },
  { schema: 'RequestTask.onChunkReceived', target: '2.10.0', api: 'request', expected: false },
  { schema: 'RequestTask.onChunkReceived', target: '2.20.1', api: 'request', expected: true },
  { schema: 'RequestTask.nope', target: LATEST, expected: false },
  { schema: 'RequestTask.abort.now', target: LATEST, expected: false },
  { schema: 'RequestTask', target: '2.10.0', api: 'request', expected: true },
  { schema: 'EventChannel.emit', target: '2.7.2', api: 'navigateTo', expected: false },
  { schema: 'EventChannel.emit', target: '2.7.3', api: 'navigateTo', expected: true },
  { schema: 'SocketTask.send', target: '2.10.0', api: 'connectSocket', expected: true },
  { schema: 'InnerAudioContext.src', target: '1.5.0', api: 'createInnerAudioContext', expected: false },
  { schema: 'InnerAudioContext.src', target: '1.6.0', api: 'createInnerAudioContext', expected: true },
  { schema: 'InnerAudioContext.playbackRate', target: '2.10.0', api: 'createInnerAudioContext', expected: false },
  { schema: 'InnerAudioContext.playbackRate', target: '2.11.0', api: 'createInnerAudioContext', expected: true },
  { schema: 'UpdateManager.applyUpdate', target: '1.9.0', api: 'getUpdateManager', expected: false },
  { schema: 'UpdateManager.applyUpdate', target: '1.9.90', api: 'getUpdateManager', expected: true },
  { schema: 'CameraContext.onCameraFrame', target: LATEST, api: 'createCameraContext', implemented: false, expected: false },
  { schema: 'console.log', target: '2.10.0', api: 'console', expected: true },
  { schema: 'router.addRouteBuilder', target: '2.10.0', api: 'router', expected: false },
  { schema: 'router.addRouteBuilder', target: LATEST, api: 'router', expected: true },

  // --- components: wx-h5 renders none --------------------------------------------------------
  { schema: 'button.open-type.contact', target: LATEST, expected: false },
  { schema: 'text.selectable', target: LATEST, expected: false },
  { schema: 'live-player', target: LATEST, expected: false },
]

/** The implemented set every row assumes. */
export const TABLE_IMPLEMENTED: ReadonlySet<string> = new Set(
  CAN_I_USE_TABLE.filter((row) => row.api && row.implemented !== false).map((row) => row.api!),
)

/** A row's answer under another implemented set; undefined when the row cannot tell (it marks
 *  its API unimplemented, so the answer with the API implemented is not recorded). */
export function expectedFor(row: CanIUseCase, isImplemented: (api: string) => boolean): boolean | undefined {
  if (row.implemented === false) return isImplemented(row.api!) ? undefined : false
  return row.expected && (!row.api || isImplemented(row.api))
}
