import { callUser } from '../internal/report-error'
import { createRecord, hook, renderNow, type PageRecord } from './page-record'
import { loadDefinition } from './registry'
import { attachPageScroll } from '../ui/page-scroll'
import { concealContainer, createContainer, revealContainer } from './shell'

/** Loads the page's definition and builds its record and hidden container (no hooks yet). */
export async function buildPage(route: string, search: string, key?: string, events?: Record<string, unknown>): Promise<PageRecord> {
  const definition = await loadDefinition(route)
  const { container, body } = createContainer(route)
  const record = createRecord(route, search, definition, container, body, key, events)
  attachPageScroll(record)
  return record
}

export function loadPage(record: PageRecord): void {
  hook(record, 'onLoad', record.instance.options)
}

/** Makes the page visible: onShow, then on the first show its first render and onReady. */
export function showPage(record: PageRecord): void {
  revealContainer(record)
  hook(record, 'onShow')
  if (!record.ready) {
    record.ready = true
    renderNow(record)
    hook(record, 'onReady')
  }
}

export function hidePage(record: PageRecord): void {
  concealContainer(record)
  hook(record, 'onHide')
}

export function unloadPage(record: PageRecord): void {
  if (record.unloaded) return
  record.unloaded = true
  record.container.hidden = true
  hook(record, 'onUnload')
  const cleanup = record.cleanup
  record.cleanup = undefined
  callUser(cleanup)
  record.container.remove()
}
