// Values only CSS can resolve: the safe-area insets (`env(safe-area-inset-*)`) and the
// user's default font size (`font-size: medium`). A hidden fixed probe element carries both
// and its computed style is read at call time. It is created on first use and kept: computed
// style is live, so insets follow rotation and the font size follows the user's setting.

export interface Insets { top: number, right: number, bottom: number, left: number }

export interface SafeArea { top: number, left: number, right: number, bottom: number, width: number, height: number }

let probe: HTMLElement | undefined

function probeElement(): HTMLElement {
  if (probe?.isConnected) return probe
  probe = document.createElement('div')
  probe.setAttribute('aria-hidden', 'true')
  probe.dataset.wxH5 = 'safe-area-probe'
  // !important everywhere: inline important declarations win over any page rule.
  probe.style.cssText = [
    'position:fixed', 'top:0', 'left:0', 'width:0', 'height:0', 'margin:0', 'border:0', 'box-sizing:content-box',
    'visibility:hidden', 'pointer-events:none', 'font-size:medium',
    'padding:env(safe-area-inset-top,0px) env(safe-area-inset-right,0px) env(safe-area-inset-bottom,0px) env(safe-area-inset-left,0px)',
  ].map(rule => `${rule} !important`).join(';')
  document.documentElement.appendChild(probe)
  return probe
}

/** The current safe-area insets in CSS pixels (all 0 on a device without a notch or bar). */
export function readInsets(): Insets {
  const style = getComputedStyle(probeElement())
  const px = (value: string): number => Math.round(Number.parseFloat(value) || 0)
  return { top: px(style.paddingTop), right: px(style.paddingRight), bottom: px(style.paddingBottom), left: px(style.paddingLeft) }
}

/** The browser's default font size in px (16 unless the user changed it): page CSS that
 *  restyles `html` does not affect it. */
export function readDefaultFontSize(): number {
  return Math.round(Number.parseFloat(getComputedStyle(probeElement()).fontSize) || 16)
}

/**
 * wx's safeArea: the rectangle of the screen outside the insets, in screen coordinates (so
 * the usual `screenHeight - safeArea.bottom` gives the bottom inset, as in WeChat).
 */
export function safeAreaOf(insets: Insets, screenWidth: number, screenHeight: number): SafeArea {
  const left = insets.left
  const top = insets.top
  const right = Math.max(left, screenWidth - insets.right)
  const bottom = Math.max(top, screenHeight - insets.bottom)
  return { top, left, right, bottom, width: right - left, height: bottom - top }
}
