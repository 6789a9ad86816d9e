import { expect, it } from 'vitest'
import { pageNotFoundChannel, type PageNotFoundEvent } from '../../../runtime/internal/hub'
import { getCurrentPages } from '../../../runtime/route/globals'
import { startRouter } from '../../../runtime/route/start'
import { getMenuButtonBoundingClientRect } from '../../../runtime/ui/menu-button'
import { log, routes, setupApp, visible } from './fixture'

it('reports an unknown entry URL with isEntryPage true, then opens the entry page', async () => {
  history.replaceState(null, '', '#/pages/nope/nope?x=%20y&z')
  const events: PageNotFoundEvent[] = []
  pageNotFoundChannel.add((e) => {
    events.push(e)
    log.push('pageNotFound')
  })
  setupApp('hash')
  // Before anything is drawn, the rect is where the capsule will be.
  const before = getMenuButtonBoundingClientRect()
  await startRouter()
  expect(getMenuButtonBoundingClientRect()).toEqual(before)
  expect(before.right).toBe(document.documentElement.clientWidth - 7)
  expect(events).toEqual([{ path: 'pages/nope/nope', query: { x: '%20y', z: '' }, isEntryPage: true }])
  expect(log).toEqual(['pageNotFound', 'home.onLoad {}', 'home.onShow', 'home.onReady'])
  expect(routes(getCurrentPages())).toEqual(['pages/home/home'])
  expect(location.hash).toBe('#/pages/home/home')
  expect(visible().map(el => el.dataset.route)).toEqual(['pages/home/home'])
  expect(document.title).toBe('Demo')
})
