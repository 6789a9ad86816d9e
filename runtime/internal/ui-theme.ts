import { useStyle } from './ui-host'

/**
 * The look shared by every runtime UI: colours as CSS custom properties that follow the
 * system colour scheme (`light-dark()` + `color-scheme`), unless `configure({ theme })`
 * pins one through the host's `data-theme` attribute; `prefers-reduced-motion` turns the
 * fades and slides off (`--wx-t: 0s`). `.wx-mask` is the full-viewport layer that takes
 * pointer events (the host itself takes none), so a masked UI keeps clicks off the page.
 */
const THEME_CSS = ':host{color-scheme:light dark;font:17px/1.4 system-ui,-apple-system,"PingFang SC","Helvetica Neue","Microsoft YaHei",sans-serif;--wx-t:.2s'
  + ';--wx-fg:light-dark(rgba(0,0,0,.9),rgba(255,255,255,.8))'
  + ';--wx-fg2:light-dark(rgba(0,0,0,.55),rgba(255,255,255,.5))'
  + ';--wx-bg:light-dark(#fff,#2c2c2c)'
  + ';--wx-bg2:light-dark(#f7f7f7,#111)'
  + ';--wx-line:light-dark(rgba(0,0,0,.1),rgba(255,255,255,.08))'
  + ';--wx-press:light-dark(#ececec,#373737)'
  + ';--wx-ok:light-dark(#576b95,#7d90a9)'
  + ';--wx-no:light-dark(#000,rgba(255,255,255,.8))'
  + ';--wx-toast:light-dark(rgba(17,17,17,.7),rgba(76,76,76,.95))'
  + ';--wx-mask:rgba(0,0,0,.6)}'
  + ':host([data-theme=light]){color-scheme:light}:host([data-theme=dark]){color-scheme:dark}'
  + '@media (prefers-reduced-motion:reduce){:host{--wx-t:0s}}'
  + '.wx-mask{position:fixed;inset:0;pointer-events:auto}'
  + '@keyframes wx-in{from{opacity:0}}'

/** The UI root with the shared theme installed. */
export function useTheme(): ShadowRoot {
  return useStyle('wx-theme', THEME_CSS)
}
