import { isTabPage } from './app-config'
import { traverse, writeEntry } from './history'
import { buildPage, hidePage, loadPage, showPage, unloadPage } from './lifecycle'
import type { PageRecord } from './page-record'
import { aliveTabs, stack, topRecord } from './stack'

/**
 * The stack changes behind the five route APIs and the browser's buttons, in WeChat's
 * lifecycle order (route.html): the page left gets onHide or onUnload first, then the page
 * arrived at gets onLoad (when new) and onShow. History is updated before the hooks run, so
 * the address bar already shows the new page inside onLoad.
 */

/** navigateTo, and the browser's forward button (`reuseEntry`: the history entry exists already, and so does its `key`). */
export async function pushPage(route: string, search: string, events?: Record<string, unknown>, reuseEntry = false, key?: string): Promise<PageRecord> {
  const record = await buildPage(route, search, key, events)
  const previous = topRecord()
  stack.push(record)
  writeEntry(stack, !reuseEntry)
  if (previous) hidePage(previous)
  loadPage(record)
  showPage(record)
  return record
}

export async function replaceTop(route: string, search: string): Promise<void> {
  const record = await buildPage(route, search)
  const previous = stack.pop()
  stack.push(record)
  writeEntry(stack)
  if (previous) dropPage(previous)
  loadPage(record)
  showPage(record)
}

/** Pops down to index `target` after history has already moved there: onUnload top first, then onShow. */
export function popTo(target: number): void {
  while (stack.length > target + 1) dropPage(stack.pop()!)
  const top = topRecord()
  if (top) showPage(top)
}

/** Moves history back to the stack's bottom entry, so that entry can be replaced. */
export async function rewindToBottom(): Promise<void> {
  await traverse(-(stack.length - 1))
}

export async function switchToTab(route: string): Promise<void> {
  const bottom = stack[0]
  const alive = aliveTabs.get(route)
  const fresh = alive || bottom?.route === route ? undefined : await buildPage(route, '')
  await rewindToBottom()
  if (bottom && bottom.route === route) {
    // Back to the tab the stack was opened from: the pages above it close.
    popTo(0)
    writeEntry(stack)
    return
  }
  if (stack.length === 1 && bottom && isTabPage(bottom.route)) {
    // Tab to tab: the tab left stays loaded, hidden.
    stack.length = 0
    aliveTabs.set(bottom.route, bottom)
    hidePage(bottom)
  }
  else {
    // Leaving a stack of non-tab pages: all of them close, bottom first (route.html's table).
    const closing = stack.splice(0)
    for (const record of closing) dropPage(record)
  }
  const target = alive ?? fresh!
  aliveTabs.delete(route)
  stack.push(target)
  writeEntry(stack)
  if (!alive) loadPage(target)
  showPage(target)
}

export async function relaunch(route: string, search: string): Promise<void> {
  const record = await buildPage(route, search)
  await rewindToBottom()
  while (stack.length) dropPage(stack.pop()!)
  for (const tab of [...aliveTabs.values()]) dropPage(tab)
  aliveTabs.clear()
  stack.push(record)
  writeEntry(stack)
  loadPage(record)
  showPage(record)
}

function dropPage(record: PageRecord): void {
  if (aliveTabs.get(record.route) === record) aliveTabs.delete(record.route)
  unloadPage(record)
}
