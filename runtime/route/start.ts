import { pageNotFoundChannel } from '../internal/hub'
import { parseQuery, readRawLocation } from '../internal/location'
import { reportError } from '../internal/report-error'
import { entryPage, isTabPage } from './app-config'
import { followAppVisibility } from './app-visibility'
import { claimPop, readSaved, type SavedStack, writeEntry } from './history'
import { buildPage, loadPage, showPage } from './lifecycle'
import { hook, type PageRecord } from './page-record'
import { isKnownPage, registeredRoutes } from './registry'
import { MAX_STACK, enqueue, stack } from './stack'
import { popTo, pushPage } from './transitions'

let booting: Promise<void> | undefined

/**
 * Boots the router on the URL the browser opened (idempotent; the route APIs call it too).
 * After a reload the whole stack comes back from `history.state`; otherwise the page in the
 * URL opens, or the entry page when the URL names none. An unknown page in the URL is
 * reported to wx.onPageNotFound / App.onPageNotFound (isEntryPage: true) and the entry page
 * opens instead.
 */
export function startRouter(): Promise<void> {
  booting ??= enqueue(boot)
  return booting
}

async function boot(): Promise<void> {
  history.scrollRestoration = 'manual'
  addEventListener('popstate', onPopState)
  addEventListener('resize', onResize)
  followAppVisibility()
  const saved = readSaved(history.state)
  if (saved && saved.stack.every(entry => isKnownPage(entry.route))) {
    try {
      await restore(saved)
      return
    }
    catch (error) {
      reportError(error)
    }
  }
  await openEntry()
}

/** Route API calls so far: lets boot see whether an onPageNotFound listener redirected. */
export const routeCalls = { count: 0 }

/** After a route call, a router left without any page (a failed redirect at boot) opens the entry page. */
export function ensureAPage(): void {
  if (stack.length === 0) void enqueue(() => (stack.length ? undefined : openEntry(true)))
}

async function openEntry(entryOnly = false): Promise<void> {
  let { path, search } = entryOnly ? { path: '', search: '' } : readRawLocation()
  const entry = entryPage(registeredRoutes())
  if (path && !isKnownPage(path)) {
    const calls = routeCalls.count
    pageNotFoundChannel.emit({ path, query: parseQuery(search), isEntryPage: true })
    // A listener that redirected (synchronously, as WeChat requires) decides the first page.
    if (routeCalls.count !== calls) return
    path = ''
    search = ''
  }
  if (!path) path = entry ?? ''
  if (!path) return
  if (isTabPage(path)) search = ''
  try {
    const record = await buildPage(path, search)
    stack.push(record)
    writeEntry(stack)
    loadPage(record)
    showPage(record)
  }
  catch (error) {
    reportError(error)
  }
}

/** After a reload: every page of the stack loads again, bottom first; only the top is shown. */
async function restore(saved: SavedStack): Promise<void> {
  const records: PageRecord[] = []
  try {
    for (const entry of saved.stack) records.push(await buildPage(entry.route, entry.search, entry.key))
  }
  catch (error) {
    for (const record of records) record.container.remove()
    throw error
  }
  for (const record of records) {
    stack.push(record)
    loadPage(record)
  }
  writeEntry(stack)
  showPage(stack[stack.length - 1])
}

/**
 * The browser's back and forward buttons. Back (to an entry of the live stack) closes the
 * pages above it exactly as navigateBack does; forward (or any entry the stack does not
 * hold) opens that entry's page again as navigateTo would.
 */
function onPopState(event: PopStateEvent): void {
  if (claimPop()) return
  const saved = readSaved(event.state)
  void enqueue(async () => {
    if (saved) {
      const index = saved.index
      if (index < stack.length) {
        // Back: the pages above that entry close, as navigateBack closes them.
        if (index < stack.length - 1) popTo(index)
        if (stack[index].key !== saved.stack[index].key) writeEntry(stack)
        return
      }
      // Forward (by one or more entries): each page between opens again, as navigateTo opens it,
      // under the key its entry already carries so the entries in between stay valid.
      for (let j = stack.length; j <= index; j++) {
        const entry = saved.stack[j]
        if (stack.length >= MAX_STACK || !isKnownPage(entry.route) || isTabPage(entry.route)) break
        await pushPage(entry.route, entry.search, undefined, true, entry.key)
      }
      if (stack.length === index + 1) return
    }
    else {
      const { path, search } = readRawLocation()
      if (isKnownPage(path) && !isTabPage(path) && stack.length < MAX_STACK) {
        await pushPage(path, search, undefined, true)
        return
      }
      if (path && !isKnownPage(path)) pageNotFoundChannel.emit({ path, query: parseQuery(search), isEntryPage: false })
    }
    // Nothing the stack can become: keep showing the current page at this entry.
    if (stack.length) writeEntry(stack)
  }).catch(reportError)
}

function onResize(): void {
  const top = stack[stack.length - 1]
  if (!top) return
  const { clientWidth, clientHeight } = document.documentElement
  hook(top, 'onResize', { size: { windowWidth: clientWidth, windowHeight: clientHeight } })
}
