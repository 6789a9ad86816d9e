import { expect, it } from 'vitest'
import { pageNotFoundChannel } from '../../../runtime/internal/hub'
import { getCurrentPages } from '../../../runtime/route/globals'
import { redirectTo } from '../../../runtime/route/navigate'
import { routerIdle } from '../../../runtime/route/stack'
import { startRouter } from '../../../runtime/route/start'
import { log, routes, setupApp } from './fixture'

it('lets an onPageNotFound listener redirect synchronously instead of opening the entry page', async () => {
  history.replaceState(null, '', '#/pages/gone?id=7')
  let redirected: Promise<unknown> | undefined
  pageNotFoundChannel.add((e) => {
    redirected = redirectTo({ url: `/pages/a/a?id=${e.query.id}` })
  })
  setupApp('hash')
  await startRouter()
  await redirected
  await routerIdle()
  expect(log).toEqual(['a.onLoad {"id":"7"}', 'a.onShow', 'a.onReady'])
  expect(routes(getCurrentPages())).toEqual(['pages/a/a'])
  expect(location.hash).toBe('#/pages/a/a?id=7')
})

it('leaves the stack as it was when a later route call fails', async () => {
  await expect(redirectTo({ url: '/pages/missing' })).rejects.toEqual({ errMsg: 'redirectTo:fail page "pages/missing" is not found' })
  expect(routes(getCurrentPages())).toEqual(['pages/a/a'])
})
