// Toast icons as inline SVG: one stroked path each, drawn in currentColor (24×24 grid).
export const ICON_PATHS: Record<string, string> = {
  success: 'M4.5 12.5l5 5 10-10.5',
  error: 'M12 2.75a9.25 9.25 0 1 1 0 18.5 9.25 9.25 0 0 1 0-18.5zM12 7v6.5m0 2.5v1.5',
  // A three-quarter arc; CSS spins it.
  loading: 'M12 2.75A9.25 9.25 0 1 1 2.75 12',
}

const SVG_NS = 'http://www.w3.org/2000/svg'

/** An `<svg>` icon built with DOM calls (never markup), hidden from assistive tools. */
export function svgIcon(name: string, className: string): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg')
  const path = document.createElementNS(SVG_NS, 'path')
  svg.setAttribute('viewBox', '0 0 24 24')
  svg.setAttribute('class', className)
  svg.setAttribute('aria-hidden', 'true')
  path.setAttribute('d', ICON_PATHS[name])
  svg.appendChild(path)
  return svg
}
