import { fail } from '../internal/fail'
import { declaredPages, loaderOf } from './app-config'
import type { PageOptions } from './page-types'

/**
 * Page definitions by route. A page module evaluated by the router's lazy loader calls
 * `Page({...})` without a route: the registration binds to the route being loaded. Code
 * that is not laid out as a mini-program names the route itself: `Page('pages/a/b', {...})`.
 */
const definitions = new Map<string, PageOptions>()
let loadingRoute: string | undefined
// A Page({...}) evaluated outside a load (the module was imported eagerly): bound by the next load that finds none.
let unbound: PageOptions | undefined

export function registerPage(routeOrOptions: unknown, maybeOptions?: unknown): void {
  if (typeof routeOrOptions === 'string') {
    definitions.set(routeOrOptions.replace(/^\/+/, ''), toOptions(maybeOptions))
    return
  }
  const options = toOptions(routeOrOptions)
  if (loadingRoute !== undefined) definitions.set(loadingRoute, options)
  else unbound = options
}

function toOptions(value: unknown): PageOptions {
  if (value === undefined) return {}
  if (typeof value !== 'object' || value === null) throw new TypeError('[wx-h5] Page() expects an options object.')
  return value as PageOptions
}

export function registeredRoutes(): IterableIterator<string> {
  return definitions.keys()
}

export function isRegistered(route: string): boolean {
  return definitions.has(route)
}

/** The page's definition, loading its module first when a loader is configured. */
export async function loadDefinition(route: string): Promise<PageOptions> {
  const known = definitions.get(route)
  if (known) return known
  const loader = loaderOf(route)
  if (loader) {
    loadingRoute = route
    try {
      await loader()
    }
    catch (error) {
      throw fail(`page "${route}" failed to load: ${error instanceof Error ? error.message : String(error)}`)
    }
    finally {
      loadingRoute = undefined
    }
    if (!definitions.has(route) && unbound) {
      definitions.set(route, unbound)
      unbound = undefined
    }
  }
  const loaded = definitions.get(route)
  if (!loaded) throw fail(`page "${route}" has not been registered with Page()`)
  return loaded
}

/** A route the app has: app.json's pages and subpackages, or (without them) every registered or loadable page. */
export function isKnownPage(route: string): boolean {
  const declared = declaredPages()
  if (declared.length) return declared.includes(route)
  return definitions.has(route) || loaderOf(route) !== undefined
}
