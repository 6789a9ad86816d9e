import { afterEach, describe, expect, it } from 'vitest'
import { config, configure } from '../../../runtime/internal/config'
import { REFERRER_PARAM } from '../../../runtime/open/mini-program'

// Its own file: the receiving side acts on the first configure() of a fresh page, and no
// configure() may run before the test sets up the address bar.
const original = location.href
afterEach(() => {
  history.replaceState(history.state, '', original)
})

describe('a page opened by navigateToMiniProgram', () => {
  it('reads the payload on the first configure() and takes it out of the address bar', () => {
    const payload = { appId: 'wxlist', scene: 1037, envVersion: 'release', extraData: { from: 'list', n: 2 } }
    const url = new URL(original)
    url.searchParams.set('id', '7')
    url.search += `&${REFERRER_PARAM}=${encodeURIComponent(JSON.stringify(payload))}&x=a%20b`
    url.hash = '#/pages/item/item'
    history.replaceState(history.state, '', url.href)
    expect(config.scene).toBeUndefined()

    configure({ appId: 'wxshop' })

    expect(config.scene).toBe(1037)
    expect(config.referrerInfo).toEqual({ appId: 'wxlist', extraData: { from: 'list', n: 2 } })
    const after = new URL(location.href)
    expect(after.searchParams.has(REFERRER_PARAM)).toBe(false)
    expect(after.searchParams.get('id')).toBe('7')
    expect(after.search.endsWith('&x=a%20b')).toBe(true)
    expect(after.hash).toBe('#/pages/item/item')

    // Only the first configure() of the page looks: a later parameter is not a launch.
    history.replaceState(history.state, '', `${url.pathname}?${REFERRER_PARAM}=${encodeURIComponent(JSON.stringify({ appId: 'wxother', scene: 1038 }))}`)
    configure({ userId: 'u' })
    expect(config.scene).toBe(1037)
    expect(config.referrerInfo).toEqual({ appId: 'wxlist', extraData: { from: 'list', n: 2 } })
  })
})
