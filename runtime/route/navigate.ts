import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { isTabPage } from './app-config'
import type { EventChannel } from './event-channel'
import { replaceEntry, traverse } from './history'
import { isKnownPage } from './registry'
import { MAX_STACK, enqueue, stack, topRecord } from './stack'
import { ensureAPage, routeCalls, startRouter } from './start'
import { popTo, pushPage, relaunch, replaceTop, switchToTab } from './transitions'
import { resolveUrl } from './url'

// Calls identical to one still pending (same API, same resolved URL): a double tap must not open a page twice.
const inFlight = new Set<string>()

/**
 * Runs a route operation after the router has booted and after every earlier route call.
 * A repeat of a call that is still pending fails at once instead of running twice.
 */
function routed<T>(dedupeKey: string | undefined, task: () => Promise<T>): Promise<T> {
  if (dedupeKey !== undefined) {
    if (inFlight.has(dedupeKey)) return Promise.reject(fail('the same navigation is still pending'))
    inFlight.add(dedupeKey)
  }
  routeCalls.count++
  return startRouter().then(() => enqueue(task)).finally(() => {
    if (dedupeKey !== undefined) inFlight.delete(dedupeKey)
    ensureAPage()
  })
}

/** What makes two calls "the same": the API and the page and query the URL resolves to now. */
function sameCall(api: string, url: string): string {
  const { route, search } = resolveUrl(url, topRecord()?.route)
  return `${api} ${route}?${search}`
}

function target(api: string, url: string): { route: string, search: string } {
  const resolved = resolveUrl(url, topRecord()?.route)
  if (!isKnownPage(resolved.route)) throw fail(`page "${resolved.route}" is not found`)
  void api
  return resolved
}

export const navigateTo = /* @__PURE__ */ defineAsync<{ url?: string, events?: Record<string, unknown> }, { eventChannel: EventChannel }>('navigateTo', (options) => {
  checkParams(options, { url: 'String', events: 'Object?' })
  const url = options.url!
  return routed(sameCall('navigateTo', url), async () => {
    const { route, search } = target('navigateTo', url)
    if (isTabPage(route)) throw fail('can not navigateTo a tabbar page')
    if (stack.length >= MAX_STACK) throw fail('webview count limit exceed')
    const record = await pushPage(route, search, options.events)
    return { eventChannel: record.channel }
  })
})

export const redirectTo = /* @__PURE__ */ defineAsync<{ url?: string }>('redirectTo', (options) => {
  checkParams(options, { url: 'String' })
  const url = options.url!
  return routed(sameCall('redirectTo', url), async () => {
    const { route, search } = target('redirectTo', url)
    if (isTabPage(route)) throw fail('can not redirectTo a tabbar page')
    await replaceTop(route, search)
  })
})

export const switchTab = /* @__PURE__ */ defineAsync<{ url?: string }>('switchTab', (options) => {
  checkParams(options, { url: 'String' })
  const url = options.url!
  return routed(sameCall('switchTab', url), async () => {
    // switchTab takes no query: WeChat drops it.
    const { route } = target('switchTab', url)
    if (!isTabPage(route)) throw fail('can not switch to no-tabBar page')
    if (stack.length === 1 && stack[0].route === route) return
    await switchToTab(route)
  })
})

export const reLaunch = /* @__PURE__ */ defineAsync<{ url?: string }>('reLaunch', (options) => {
  checkParams(options, { url: 'String' })
  const url = options.url!
  return routed(sameCall('reLaunch', url), async () => {
    const { route, search } = target('reLaunch', url)
    await relaunch(route, search)
  })
})

export const navigateBack = /* @__PURE__ */ defineAsync<{ delta?: number }>('navigateBack', (options) => {
  checkParams(options, { delta: 'Number?' })
  return routed(undefined, async () => {
    if (stack.length <= 1) throw fail('cannot navigate back at first page.')
    // A delta beyond the stack stops at the first page; below 1 means 1.
    const asked = Number.isFinite(options.delta) ? Math.floor(options.delta!) : 1
    const delta = Math.min(Math.max(asked, 1), stack.length - 1)
    const moved = await traverse(-delta)
    popTo(stack.length - 1 - delta)
    if (!moved) replaceEntry(stack)
  })
})
