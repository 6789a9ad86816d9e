// getWindowInfo: sizes, pixel ratio, safe area and status bar, read at call time so they
// follow resizes and rotation.
import { readInsets, safeAreaOf, type SafeArea } from './probe'

export interface WindowInfo {
  pixelRatio: number
  safeArea: SafeArea
  screenHeight: number
  screenTop: number
  screenWidth: number
  statusBarHeight: number
  windowHeight: number
  windowWidth: number
}

export function deviceOrientation(): 'portrait' | 'landscape' {
  const type = screen.orientation?.type
  if (type) return type.startsWith('landscape') ? 'landscape' : 'portrait'
  return matchMedia('(orientation: landscape)').matches ? 'landscape' : 'portrait'
}

/**
 * The page area of the app shell the route area renders (runtime/route/shell.ts): below the
 * navigation bar, above the tab bar. WeChat's windowHeight is that area, not the screen, so
 * code sizing a scroll view to it fits. Offsets ignore page-transition transforms.
 * test/runtime/base/system-info-shell.test.ts pins the selector against the real shell.
 */
const PAGE_AREA = '#wx-h5-app > .wx-h5-page:not([hidden])'

function pageArea(): HTMLElement | undefined {
  const area = document.querySelector<HTMLElement>(PAGE_AREA)
  return area && area.offsetWidth > 0 ? area : undefined
}

export function windowInfo(): WindowInfo {
  let screenWidth = screen.width
  let screenHeight = screen.height
  // iOS Safari keeps screen.width/height in portrait terms; wx swaps them when landscape.
  if ((deviceOrientation() === 'landscape') !== (screenWidth > screenHeight)) [screenWidth, screenHeight] = [screenHeight, screenWidth]
  const insets = readInsets()
  const area = pageArea()
  return {
    pixelRatio: devicePixelRatio,
    safeArea: safeAreaOf(insets, screenWidth, screenHeight),
    screenHeight,
    // Without the shell the page owns the whole viewport (nothing native above it).
    screenTop: area ? area.offsetTop : 0,
    screenWidth,
    statusBarHeight: insets.top,
    windowHeight: area ? area.offsetHeight : innerHeight,
    windowWidth: area ? area.offsetWidth : innerWidth,
  }
}

