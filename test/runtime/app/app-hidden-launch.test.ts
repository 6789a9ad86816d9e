// A page that launches in the background (prerendered, or opened in a background tab):
// onLaunch runs at App(), onShow waits until the page is visible.
import { afterAll, expect, it } from 'vitest'
import { App, getApp } from '../../../runtime/app/globals'
import { getEnterOptionsSync, getLaunchOptionsSync, onAppShow } from '../../../runtime/app/index'
import { restoreVisibility, setVisibility } from './helpers'

afterAll(restoreVisibility)

it('launches hidden, shows on the first visibilitychange to visible', () => {
  const log: string[] = []
  setVisibility('hidden', false)
  onAppShow(() => { log.push('wx.onAppShow') })
  App({
    onLaunch() { log.push('onLaunch') },
    onShow(options) { log.push(`onShow ${JSON.stringify(options) === JSON.stringify(getLaunchOptionsSync())}`) },
    onHide() { log.push('onHide') },
  })
  expect(log).toEqual(['onLaunch'])
  setVisibility('hidden')
  expect(log).toEqual(['onLaunch'])
  // The URL changed while hidden: the first show still carries the launch options.
  const original = location.href
  history.replaceState(history.state, '', `${location.pathname}?changed=1`)
  try {
    setVisibility('visible')
    expect(log).toEqual(['onLaunch', 'onShow true', 'wx.onAppShow'])
    expect(getEnterOptionsSync()).toEqual(getLaunchOptionsSync())
    // Later shows carry the URL of the moment.
    setVisibility('hidden')
    setVisibility('visible')
    expect(log).toEqual(['onLaunch', 'onShow true', 'wx.onAppShow', 'onHide', 'onShow false', 'wx.onAppShow'])
    expect(getEnterOptionsSync().query).toEqual({ changed: '1' })
  }
  finally {
    history.replaceState(history.state, '', original)
  }
  expect(getApp()).toBeDefined()
})
