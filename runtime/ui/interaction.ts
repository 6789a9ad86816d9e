// showToast, hideToast, showLoading, hideLoading, showModal, showActionSheet.
export { showActionSheet } from './action-sheet'
export { showModal } from './modal'
export { hideLoading, hideToast, showLoading, showToast } from './toast'
