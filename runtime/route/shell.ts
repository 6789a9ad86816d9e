import { config } from '../internal/config'
import { handleFragmentLinks } from './fragment-links'
import type { PageRecord } from './page-record'

/**
 * A part of the page chrome (navigation bar, tab bar, pull-down refresh): draws itself for the
 * page on top, putting its element into `shell` when it has one. Only the parts an app has are
 * bundled: those `configure({ chrome })` names, and any whose API the app calls.
 */
export type ChromePart = (shell: HTMLElement, top: PageRecord) => void

declare module '../internal/config' {
  interface WxH5Config {
    /** The page chrome drawn around every page: `[navigationBar, tabBar, pullDownRefresh]` or fewer. */
    chrome?: ChromePart[]
  }
}

/**
 * The app shell: one fixed element holding the chrome and one container per live page. Page
 * containers stay in the light DOM so page CSS applies; pages below the top are hidden, not
 * removed, and each scrolls on its own. The bars set the offsets they take.
 */
export const SHELL_ID = 'wx-h5-app'

const CSS = `#${SHELL_ID}{position:fixed;inset:0;overflow:hidden}` +
  `#${SHELL_ID}>.wx-h5-page{position:absolute;left:0;right:0;top:calc(var(--wx-h5-nav-height,0px) + var(--wx-h5-tab-top,0px));bottom:var(--wx-h5-tab-height,0px);overflow:hidden auto;overscroll-behavior-y:contain;background:var(--wx-h5-page-background,#fff)}` +
  `#${SHELL_ID}>[hidden]{display:none}`

let root: HTMLElement | undefined
const drawn = new Set<ChromePart>()

/** Adds a stylesheet to the document once: page containers are in the light DOM. */
export function documentStyle(id: string, css: string): void {
  if (document.getElementById(id)) return
  const style = document.createElement('style')
  style.id = id
  style.textContent = css
  document.head.append(style)
}

export function shellRoot(): HTMLElement {
  if (root?.isConnected) return root
  documentStyle('wx-h5-app-style', CSS)
  root = document.createElement('div')
  root.id = SHELL_ID
  handleFragmentLinks(root)
  document.body.appendChild(root)
  return root
}

/** A hidden container for a new page. */
export function createContainer(route: string): { container: HTMLElement, body: HTMLElement } {
  const container = document.createElement('div')
  container.className = 'wx-h5-page'
  container.dataset.route = route
  container.hidden = true
  container.innerHTML = '<div class="wx-h5-page-body"></div>'
  shellRoot().append(container)
  const body = container.firstElementChild as HTMLElement
  return { container, body }
}

export function revealContainer(record: PageRecord): void {
  record.container.hidden = false
  record.container.scrollTop = record.scrollTop
  for (const part of config.chrome ?? []) drawn.add(part)
  for (const part of drawn) part(shellRoot(), record)
}

/** Draws `part` for the page on top now and after every page change (its APIs call this). */
export function drawChrome(part: ChromePart, top: PageRecord): void {
  drawn.add(part)
  part(shellRoot(), top)
}

export function concealContainer(record: PageRecord): void {
  // A hidden element forgets its scroll offset: keep it to restore on show.
  record.scrollTop = record.container.scrollTop
  record.container.hidden = true
}
