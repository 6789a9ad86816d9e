// The route area's wx APIs, as named exports.
export { navigateBack, navigateTo, redirectTo, reLaunch, switchTab } from './navigate'
