import { afterEach, describe, expect, it } from 'vitest'
import { getEnterOptionsSync, getLaunchOptionsSync } from '../../../runtime/app/index'
import { DEFAULT_SCENE, optionsAt } from '../../../runtime/app/launch-options'
import { configure } from '../../../runtime/internal/config'
import { readLocation } from '../../../runtime/internal/location'
import { thrown } from './helpers'

const at = (pathname: string, search = '', hash = '') => optionsAt({ pathname, search, hash })

afterEach(() => {
  configure({ target: undefined, scene: undefined, referrerInfo: undefined, app: undefined, router: undefined })
})

describe('path and query from the URL', () => {
  it('path without the leading slash, query values exactly as written', () => {
    expect(at('/pages/detail/detail', '?id=42&name=%E4%BD%A0%20x&flag&a=b=c')).toMatchObject({
      path: 'pages/detail/detail',
      query: { id: '42', name: '%E4%BD%A0%20x', flag: '', a: 'b=c' },
    })
  })

  it('site root: the entry page of the app config, else pages[0], else empty', () => {
    expect(at('/').path).toBe('')
    configure({ app: { pages: ['pages/index/index', 'pages/logs/logs'] } })
    expect(at('/', '?from=qr')).toMatchObject({ path: 'pages/index/index', query: { from: 'qr' } })
    configure({ app: { pages: ['pages/index/index'], entryPagePath: '/pages/home/home' } })
    expect(at('/').path).toBe('pages/home/home')
    expect(at('/pages/index/index').path).toBe('pages/index/index')
  })

  it('hash mode and a router base', () => {
    configure({ router: { mode: 'hash' } })
    expect(at('/app/', '?ignored=1', '#/pages/a/a?x=1')).toMatchObject({ path: 'pages/a/a', query: { x: '1' } })
    configure({ router: { mode: 'history', base: '/shop/' } })
    expect(at('/shop/pages/b/b', '?y=2')).toMatchObject({ path: 'pages/b/b', query: { y: '2' } })
  })
})

describe('scene, referrerInfo and the rest of the shape', () => {
  it('defaults: scene 1001, referrerInfo {}, apiCategory default, no forwarded materials', () => {
    expect(DEFAULT_SCENE).toBe(1001)
    expect(at('/pages/a/a')).toEqual({ path: 'pages/a/a', query: {}, scene: 1001, referrerInfo: {}, forwardMaterials: [], apiCategory: 'default' })
  })

  it('configure({ scene, referrerInfo }) sets them', () => {
    configure({ scene: 1037, referrerInfo: { appId: 'wxabc', extraData: { from: 'other' } } })
    expect(getLaunchOptionsSync()).toMatchObject({ scene: 1037, referrerInfo: { appId: 'wxabc', extraData: { from: 'other' } } })
    expect(getEnterOptionsSync()).toMatchObject({ scene: 1037, referrerInfo: { appId: 'wxabc' } })
  })

  it('apiCategory exists from base library 2.20.0', () => {
    configure({ target: '2.19.9' })
    expect('apiCategory' in getLaunchOptionsSync()).toBe(false)
    configure({ target: '2.20.0' })
    expect(getLaunchOptionsSync().apiCategory).toBe('default')
  })

  it('rejects bad scene and referrerInfo values, naming the option', () => {
    expect(thrown(() => configure({ scene: 'x' as unknown as number }))).toBe('[wx-h5] configure: `scene` must be a positive integer scene value like 1001; got "x".')
    expect(thrown(() => configure({ scene: 10.5 }))).toBe('[wx-h5] configure: `scene` must be a positive integer scene value like 1001; got 10.5.')
    expect(thrown(() => configure({ referrerInfo: 'wx1' as never }))).toBe('[wx-h5] configure: `referrerInfo` must be an object like { appId, extraData }; got String.')
  })
})

describe('getLaunchOptionsSync / getEnterOptionsSync', () => {
  it('read the URL this document was loaded with', () => {
    const loaded = new URL((performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).name)
    const expected = readLocation(loaded)
    expect(getLaunchOptionsSync()).toMatchObject({ path: expected.path, query: expected.query, scene: 1001 })
    expect(getEnterOptionsSync()).toEqual(getLaunchOptionsSync())
  })

  it('a later pushState does not change where the app was launched from', () => {
    const before = getLaunchOptionsSync()
    const original = location.href
    history.replaceState(history.state, '', '/pages/elsewhere/elsewhere?z=9')
    try {
      expect(getLaunchOptionsSync()).toEqual(before)
    }
    finally {
      history.replaceState(history.state, '', original)
    }
  })

  it('returns a fresh copy each call', () => {
    const first = getLaunchOptionsSync()
    first.query.hacked = '1'
    first.referrerInfo.appId = 'x'
    expect(getLaunchOptionsSync().query.hacked).toBeUndefined()
    expect(getLaunchOptionsSync().referrerInfo).toEqual({})
  })
})
