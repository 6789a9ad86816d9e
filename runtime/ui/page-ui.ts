// Navigation bar, tab bar, pull-down refresh, pageScrollTo, getMenuButtonBoundingClientRect.
export { hideHomeButton, hideNavigationBarLoading, setNavigationBarColor, setNavigationBarTitle, showNavigationBarLoading } from './navigation-bar'
export { getMenuButtonBoundingClientRect } from './menu-button'
export { pageScrollTo } from './page-scroll'
export { startPullDownRefresh, stopPullDownRefresh } from './pull-down'
export { hideTabBar, hideTabBarRedDot, removeTabBarBadge, setTabBarBadge, setTabBarItem, setTabBarStyle, showTabBar, showTabBarRedDot } from './tab-bar'
export { hideKeyboard } from './keyboard'
export { offMenuButtonBoundingClientRectWeightChange, onMenuButtonBoundingClientRectWeightChange } from './menu-button-weight'
