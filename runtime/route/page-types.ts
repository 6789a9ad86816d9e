import type { EventChannel } from './event-channel'

export type PageData = Record<string, unknown>

/** What `Page({...})` accepts: data, lifecycle hooks, event handlers and any other fields. */
export interface PageOptions {
  data?: PageData
  onLoad?: (this: PageInstance, query: Record<string, string>) => void
  onShow?: (this: PageInstance) => void
  onReady?: (this: PageInstance) => void
  onHide?: (this: PageInstance) => void
  onUnload?: (this: PageInstance) => void
  onPullDownRefresh?: (this: PageInstance) => void
  onReachBottom?: (this: PageInstance) => void
  onPageScroll?: (this: PageInstance, event: { scrollTop: number }) => void
  onResize?: (this: PageInstance, event: { size: { windowWidth: number, windowHeight: number } }) => void
  onShareAppMessage?: (this: PageInstance, event: Record<string, unknown>) => unknown
  /** Draws the page into `container`: on the first render and after every setData. */
  render?: (this: PageInstance, container: HTMLElement, data: PageData) => void | (() => void)
  [key: string]: unknown
}

/** The `this` of page hooks and an element of getCurrentPages(). */
export interface PageInstance {
  [key: string]: unknown
  readonly route: string
  readonly is: string
  readonly options: Record<string, string>
  data: PageData
  setData: (patch: PageData, callback?: () => void) => void
  getOpenerEventChannel: () => EventChannel
}
