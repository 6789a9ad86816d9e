import type { PageInstance, PageOptions } from './page-types'
import { registerPage } from './registry'
import { stack } from './stack'

/**
 * Registers a page. In a page module loaded by the router: `Page({...})`, bound to the route
 * being loaded. Anywhere else: `Page('pages/a/b', {...})`.
 */
export function Page(options: PageOptions): void
export function Page(route: string, options: PageOptions): void
export function Page(routeOrOptions: string | PageOptions = {}, options?: PageOptions): void {
  registerPage(routeOrOptions, options)
}

/** The live page stack, bottom first; the last element is the current page. A fresh array each call. */
export function getCurrentPages(): PageInstance[] {
  return stack.map(record => record.instance)
}
