// A page that launches in the background (prerendered, or opened in a background tab):
// onLaunch runs at App(), onShow waits until the page is visible.
import { afterAll, expect, it } from 'vitest'
import { App, getApp } from '../../../runtime/app/globals'
import { getLaunchOptionsSync, onAppShow } from '../../../runtime/app/index'
import { restoreVisibility, setVisibility } from './helpers'

afterAll(restoreVisibility)

it('launches hidden, shows on the first visibilitychange to visible', () => {
  const log: string[] = []
  setVisibility('hidden', false)
  onAppShow(() => { log.push('wx.onAppShow') })
  App({
    onLaunch() { log.push('onLaunch') },
    onShow(options) { log.push(`onShow ${options.path === getLaunchOptionsSync().path}`) },
    onHide() { log.push('onHide') },
  })
  expect(log).toEqual(['onLaunch'])
  setVisibility('hidden')
  expect(log).toEqual(['onLaunch'])
  setVisibility('visible')
  expect(log).toEqual(['onLaunch', 'onShow true', 'wx.onAppShow'])
  expect(getApp()).toBeDefined()
})
