// The base theme now comes with the UI root itself (ui-host.ts); these names stay for
// the modules that import them from here.
export { themed, uiRoot as useTheme } from './ui-host'
