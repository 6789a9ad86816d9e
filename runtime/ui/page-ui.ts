// Navigation bar, tab bar, pull-down refresh, pageScrollTo, getMenuButtonBoundingClientRect.
export {}
