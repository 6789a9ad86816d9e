import { useStyle } from './ui-host'

/**
 * The base every runtime UI shares: the host's `color-scheme` follows the system, unless
 * `configure({ theme })` pins one through the host's `data-theme` attribute, so colours
 * written as `light-dark(light, dark)` (custom properties in ui-layer, the toast's own box)
 * switch with it; `prefers-reduced-motion` turns the
 * fades and slides off (`--wx-t: 0s`). `.wx-mask` is the full-viewport layer that takes
 * pointer events (the host itself takes none), so a masked UI keeps clicks off the page.
 */
const THEME_CSS = ':host{color-scheme:light dark;font:17px/1.4 system-ui,-apple-system,sans-serif;--wx-t:.2s}'
  + ':host([data-theme=light]){color-scheme:light}:host([data-theme=dark]){color-scheme:dark}'
  + '@media (prefers-reduced-motion:reduce){:host{--wx-t:0s}}'
  + '.wx-mask{position:fixed;inset:0;pointer-events:auto}'
  + '@keyframes wx-in{from{opacity:0}}'

/** The UI root with the shared theme installed. */
export function useTheme(): ShadowRoot {
  return useStyle('wx-theme', THEME_CSS)
}
