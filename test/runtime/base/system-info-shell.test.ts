// With the route area's app shell on screen, windowWidth/windowHeight are the page area
// between the navigation bar and the tab bar (as WeChat's are), and screenTop is its top.
// Built with the route area's real shell, so a change to its markup fails here.
import { page } from 'vitest/browser'
import { afterAll, describe, expect, it } from 'vitest'
import { getSystemInfoSync, getWindowInfo } from '../../../runtime/base/index'
import { createContainer, shellRoot } from '../../../runtime/route/shell'

afterAll(() => {
  shellRoot().remove()
})

describe('window size inside the app shell', () => {
  it('is the whole viewport while no page is showing', async () => {
    await page.viewport(375, 667)
    createContainer('pages/index/index')
    expect(getWindowInfo()).toMatchObject({ windowWidth: 375, windowHeight: 667, screenTop: 0 })
  })

  it('excludes the navigation bar and the tab bar once a page shows', () => {
    const { container } = createContainer('pages/shown/shown')
    container.hidden = false
    // What the navigation bar sets when it draws.
    shellRoot().style.setProperty('--wx-h5-nav-height', '44px')
    expect(getWindowInfo()).toMatchObject({ windowWidth: 375, windowHeight: 667 - 44, screenTop: 44 })
    shellRoot().style.setProperty('--wx-h5-tab-height', '50px')
    expect(getWindowInfo()).toMatchObject({ windowHeight: 667 - 44 - 50, screenTop: 44 })
    expect(getSystemInfoSync()).toMatchObject({ windowWidth: 375, windowHeight: 667 - 44 - 50 })
    // navigationStyle: custom — the page starts at the top of the viewport.
    shellRoot().style.setProperty('--wx-h5-nav-height', '0px')
    expect(getWindowInfo()).toMatchObject({ windowHeight: 667 - 50, screenTop: 0 })
  })

  it('follows the viewport as it is resized', async () => {
    await page.viewport(800, 500)
    expect(getWindowInfo()).toMatchObject({ windowWidth: 800, windowHeight: 500 - 50, screenTop: 0 })
  })

  it('ignores a page-transition transform', () => {
    const shown = shellRoot().querySelector<HTMLElement>('.wx-h5-page:not([hidden])')!
    shown.style.transform = 'translate(100px, 30px) scale(0.5)'
    expect(getWindowInfo()).toMatchObject({ windowWidth: 800, windowHeight: 450, screenTop: 0 })
  })
})
