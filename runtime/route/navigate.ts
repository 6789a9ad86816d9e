import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { isTabPage } from './app-config'
import type { EventChannel } from './event-channel'
import { traverse, writeEntry } from './history'
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

type UrlOptions = { url?: string }

/**
 * A route call that takes a `url`, without the API wrapper (the navigation bar's home button
 * calls this directly). Two calls are "the same" when the API, the page and the query the URL
 * resolves to at call time match; the URL is resolved again (against the page then on top)
 * and must name a known page when the call's turn comes.
 */
export function routeToUrl<O, R>(name: string, url: string, run: (route: string, search: string, options: O) => Promise<R>, options?: O): Promise<R> {
  const now = resolveUrl(url, topRecord()?.route)
  return routed(`${name} ${now.route}?${now.search}`, () => {
    const { route, search } = resolveUrl(url, topRecord()?.route)
    if (!isKnownPage(route)) throw fail(`page "${route}" is not found`)
    return run(route, search, options!)
  })
}

/** The four route APIs that take a `url`. */
function urlApi<O extends UrlOptions, R extends object = object>(name: string, run: (route: string, search: string, options: O) => Promise<R | void>, rules: Record<string, string> = { url: 'String' }) {
  return defineAsync<O, R>(name, (options) => {
    checkParams(options, rules)
    return routeToUrl(name, options.url!, run, options)
  })
}

function notTab(name: string, route: string): void {
  if (isTabPage(route)) throw fail(`can not ${name} a tabbar page`)
}

export const navigateTo = /* @__PURE__ */ urlApi<UrlOptions & { events?: Record<string, unknown> }, { eventChannel: EventChannel }>('navigateTo', async (route, search, options) => {
  notTab('navigateTo', route)
  if (stack.length >= MAX_STACK) throw fail('webview count limit exceed')
  const record = await pushPage(route, search, options.events)
  return { eventChannel: record.channel }
}, { url: 'String', events: 'Object?' })

export const redirectTo = /* @__PURE__ */ urlApi('redirectTo', async (route, search) => {
  notTab('redirectTo', route)
  await replaceTop(route, search)
})

// switchTab takes no query: WeChat drops it.
export async function openTab(route: string): Promise<void> {
  if (!isTabPage(route)) throw fail('can not switch to no-tabBar page')
  if (stack.length === 1 && stack[0].route === route) return
  await switchToTab(route)
}

export const switchTab = /* @__PURE__ */ urlApi('switchTab', openTab)

export const reLaunch = /* @__PURE__ */ urlApi('reLaunch', relaunch)

export const navigateBack = /* @__PURE__ */ defineAsync<{ delta?: number }>('navigateBack', (options) => {
  checkParams(options, { delta: 'Number?' })
  return routed(undefined, async () => {
    if (stack.length <= 1) throw fail('cannot navigate back at first page.')
    // A delta beyond the stack stops at the first page; below 1 means 1.
    const asked = Number.isFinite(options.delta) ? Math.floor(options.delta!) : 1
    const delta = Math.min(Math.max(asked, 1), stack.length - 1)
    const moved = await traverse(-delta)
    popTo(stack.length - 1 - delta)
    if (!moved) writeEntry(stack)
  })
})
