// The share area's wx APIs, as named exports (copyPageUrl, for the runtime's menus, is in ./copy-url).
export { offCopyUrl, onCopyUrl } from './copy-url'
export { openCustomerServiceChat, requestSubscribeMessage } from './messaging'
export { hideShareMenu, showShareMenu, updateShareMenu } from './share-menu'
