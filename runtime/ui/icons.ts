// Toast icons: one stroked path each, drawn in currentColor on a 24×24 grid.
export const ICON_PATHS: Record<string, string> = {
  success: 'M4.5 12.5l5 5 10-10.5',
  error: 'M12 2.75a9.25 9.25 0 1 1 0 18.5 9.25 9.25 0 0 1 0-18.5zM12 7v6.5m0 2.5v1.5',
  // A three-quarter arc; CSS spins it.
  loading: 'M12 2.75A9.25 9.25 0 1 1 2.75 12',
}

/**
 * Constant `<svg>` markup for a known icon (table data only, never caller text), hidden
 * from assistive tools; the loading arc spins.
 */
export function iconMarkup(name: string): string {
  return `<svg class="wx-ti${name === 'loading' ? ' wx-spin' : ''}" viewBox="0 0 24 24" aria-hidden="true"><path d="${ICON_PATHS[name]}"/></svg>`
}
