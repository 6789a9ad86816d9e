// showToast, hideToast, showLoading, hideLoading, showModal, showActionSheet.
export {}
