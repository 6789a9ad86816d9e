import type { AppJson } from '../internal/config'
import { config } from '../internal/config'
import type { PageOptions } from './page-types'

/** Lazy page modules, the layout an app written as a mini-program has (see docs/routing.md). */
export type PageLoaders = Record<string, () => Promise<unknown>>

/** Renders a page into its container; called on the first render and after every setData. */
export type PageRenderer = (page: PageOptions & { route: string, data: Record<string, unknown> }, container: HTMLElement) => void | (() => void)

declare module '../internal/config' {
  interface WxH5Config {
    /** Route → lazy loader of the page module; the module calls `Page({...})` when evaluated. */
    pages?: PageLoaders
    /** Route → that page's page.json (navigationBarTitleText, enablePullDownRefresh, ...). */
    pageConfig?: Record<string, Record<string, unknown>>
    /** Renderer for pages that have no `render` option of their own (Vue, React, ... adapters). */
    render?: PageRenderer
  }
}

function app(): AppJson | undefined {
  return config.app
}

/** Every route app.json declares, subpackages included; empty when app.json lists none. */
export function declaredPages(): string[] {
  const a = app()
  if (!a) return []
  const pages = [...(a.pages ?? [])]
  for (const sub of a.subpackages ?? a.subPackages ?? []) {
    const root = sub.root.replace(/^\/+|\/+$/g, '')
    for (const page of sub.pages) pages.push(`${root}/${page.replace(/^\/+/, '')}`)
  }
  return pages
}

export function tabPages(): string[] {
  return (app()?.tabBar?.list ?? []).map(item => item.pagePath.replace(/^\/+/, '').replace(/\.html$/, ''))
}

export function isTabPage(route: string): boolean {
  return tabPages().includes(route)
}

export function loaderOf(route: string): (() => Promise<unknown>) | undefined {
  const loaders = config.pages
  return loaders && Object.prototype.hasOwnProperty.call(loaders, route) ? loaders[route] : undefined
}

/** The page opened at start, by the home button and when the entry URL is unknown. */
export function entryPage(registered: Iterable<string>): string | undefined {
  const a = app()
  const entry = a?.entryPagePath ?? a?.pages?.[0]
  if (entry) return entry.replace(/^\/+/, '')
  for (const route of registered) return route
  return config.pages ? Object.keys(config.pages)[0] : undefined
}

/** window config merged with the page's own page.json, as WeChat merges them. */
export function pageWindow(route: string): Record<string, unknown> {
  return { ...app()?.window, ...config.pageConfig?.[route] }
}
