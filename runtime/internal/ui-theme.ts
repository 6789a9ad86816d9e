import { useStyle } from './ui-host'

/**
 * Light and dark values for the UI root: `light` declarations apply by default, `dark`
 * ones under `prefers-color-scheme: dark` unless `configure({ theme })` pins a scheme
 * through the host's `data-theme` attribute. Plain rules rather than `light-dark()`, so
 * browsers before 2024 (iOS Safari < 17.5) get both schemes too; gzip folds the repeat.
 */
export function themed(light: string, dark: string): string {
  return `:host{${light}}:host([data-theme=dark]){${dark}}@media (prefers-color-scheme:dark){:host(:not([data-theme=light])){${dark}}}`
}

// The base every runtime UI shares: scheme, system font, the motion time `--wx-t` (0s
// under prefers-reduced-motion), and `.wx-mask`, the full-viewport layer that takes
// pointer events (the host itself takes none), so a masked UI keeps clicks off the page.
const THEME_CSS = /* @__PURE__ */ themed('color-scheme:light;font:17px/1.4 system-ui,-apple-system,sans-serif;--wx-t:.2s', 'color-scheme:dark')
  + '@media (prefers-reduced-motion:reduce){:host{--wx-t:0s}}'
  + '.wx-mask{position:fixed;inset:0;pointer-events:auto}'
  + '@keyframes wx-in{from{opacity:0}}'

/** The UI root with the shared base theme installed. */
export function useTheme(): ShadowRoot {
  return useStyle('wx-theme', THEME_CSS)
}
