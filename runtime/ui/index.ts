// The ui area: interaction UI (toast, loading, modal, action sheet) and page-level UI
// (navigation bar, tab bar, pull-down refresh, scrolling, menu button).
export * from './interaction'
export * from './page-ui'
