import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { call, events, type Harness, open, press, reload, snapshot, startHarness } from './harness'

let h: Harness

beforeAll(async () => {
  h = await startHarness()
})

afterAll(async () => {
  await h?.close()
})

const Q = 'a=1&b=%20x&c=d=e&flag'
const QUERY = { a: '1', b: '%20x', c: 'd=e', flag: '' }

describe('history mode under a base path', () => {
  it('opens the entry page on the bare base URL and puts the route in the address bar', async () => {
    await open(h.page, `${h.origin}/app/`)
    await h.page.evaluate(() => sessionStorage.clear())
    expect(await snapshot(h.page)).toEqual({
      pages: [{ route: 'pages/tab1/index', options: {} }],
      url: '/app/pages/tab1/index',
      visible: ['pages/tab1/index|{}'],
      containers: ['pages/tab1/index'],
    })
  })

  it('opens the page a deep link names, with its query as written', async () => {
    await open(h.page, `${h.origin}/app/pages/p1/index?${Q}`)
    const s = await snapshot(h.page)
    expect(s.pages).toEqual([{ route: 'pages/p1/index', options: QUERY }])
    expect(s.url).toBe(`/app/pages/p1/index?${Q}`)
  })

  it('treats the base path without its trailing slash as the base', async () => {
    await open(h.page, `${h.origin}/app`)
    expect((await snapshot(h.page)).url).toBe('/app/pages/tab1/index')
    expect(await events(h.page)).toEqual(['pages/tab1/index.onLoad {}', 'pages/tab1/index.onShow'])
  })

  it('passes non-ASCII query values as written, before and after a reload', async () => {
    await open(h.page, `${h.origin}/app/`)
    expect(await call(h.page, 'navigateTo', { url: '/pages/p1/index?name=张三&q=a b' })).toBe('navigateTo:ok')
    expect((await snapshot(h.page)).pages[1].options).toEqual({ name: '张三', q: 'a b' })
    await reload(h.page)
    expect((await snapshot(h.page)).pages[1].options).toEqual({ name: '张三', q: 'a b' })
    await press(h.page, 'back')
    await press(h.page, 'forward')
    expect((await snapshot(h.page)).pages[1].options).toEqual({ name: '张三', q: 'a b' })
  })

  it('reports an unknown entry URL to onPageNotFound, then opens the entry page', async () => {
    await open(h.page, `${h.origin}/app/pages/missing/index?id=3`)
    expect(await events(h.page)).toEqual([
      'notFound {"path":"pages/missing/index","query":{"id":"3"},"isEntryPage":true}',
      'pages/tab1/index.onLoad {}',
      'pages/tab1/index.onShow',
    ])
    expect((await snapshot(h.page)).url).toBe('/app/pages/tab1/index')
  })

  it('restores the whole stack on reload, then back and forward keep working', async () => {
    await open(h.page, `${h.origin}/app/`)
    await call(h.page, 'navigateTo', { url: `/pages/p1/index?${Q}` })
    await call(h.page, 'navigateTo', { url: '../p2/index?x=%E4%BD%A0' })
    await call(h.page, 'navigateTo', { url: '/pkg/p3/index' })
    await events(h.page)
    await reload(h.page)
    expect(await events(h.page)).toEqual([
      'pages/tab1/index.onLoad {}',
      `pages/p1/index.onLoad ${JSON.stringify(QUERY)}`,
      'pages/p2/index.onLoad {"x":"%E4%BD%A0"}',
      'pkg/p3/index.onLoad {}',
      'pkg/p3/index.onShow',
    ])
    const stack = [
      { route: 'pages/tab1/index', options: {} },
      { route: 'pages/p1/index', options: QUERY },
      { route: 'pages/p2/index', options: { x: '%E4%BD%A0' } },
      { route: 'pkg/p3/index', options: {} },
    ]
    expect(await snapshot(h.page)).toEqual({ pages: stack, url: '/app/pkg/p3/index', visible: ['pkg/p3/index|{}'], containers: stack.map(p => p.route).sort() })

    await press(h.page, 'back')
    expect(await events(h.page)).toEqual(['pkg/p3/index.onUnload', 'pages/p2/index.onShow'])
    expect(await snapshot(h.page)).toEqual({ pages: stack.slice(0, 3), url: '/app/pages/p2/index?x=%E4%BD%A0', visible: ['pages/p2/index|{"x":"%E4%BD%A0"}'], containers: stack.slice(0, 3).map(p => p.route).sort() })

    await press(h.page, 'back')
    await reload(h.page)
    expect((await snapshot(h.page)).pages).toEqual(stack.slice(0, 2))
    await events(h.page)

    await press(h.page, 'forward')
    expect(await events(h.page)).toEqual(['pages/p2/index.onLoad {"x":"%E4%BD%A0"}', 'pages/p2/index.onShow'])
    expect((await snapshot(h.page)).pages).toEqual(stack.slice(0, 3))
    await press(h.page, 'forward')
    expect(await snapshot(h.page)).toEqual({ pages: stack, url: '/app/pkg/p3/index', visible: ['pkg/p3/index|{}'], containers: stack.map(p => p.route).sort() })
    await reload(h.page)
    expect((await snapshot(h.page)).pages).toEqual(stack)
  })

  it('navigateBack moves browser history, so forward re-opens the page it closed', async () => {
    await open(h.page, `${h.origin}/app/`)
    await call(h.page, 'navigateTo', { url: '/pages/p1/index' })
    await call(h.page, 'navigateTo', { url: '/pages/p2/index' })
    expect(await call(h.page, 'navigateBack', { delta: 5 })).toBe('navigateBack:ok')
    expect((await snapshot(h.page)).url).toBe('/app/pages/tab1/index')
    await press(h.page, 'forward')
    expect((await snapshot(h.page)).pages.map(p => p.route)).toEqual(['pages/tab1/index', 'pages/p1/index'])
  })

  it('a jump of several entries at once (history.go) moves the stack by as many pages', async () => {
    await open(h.page, `${h.origin}/app/`)
    await call(h.page, 'navigateTo', { url: '/pages/p1/index?n=1' })
    await call(h.page, 'navigateTo', { url: '/pages/p2/index?n=2' })
    await call(h.page, 'navigateTo', { url: '/pkg/p3/index?n=3' })
    await h.page.evaluate(() => new Promise(resolve => { addEventListener('popstate', resolve, { once: true }); history.go(-3) }))
    await h.page.evaluate(() => globalThis.__t.idle())
    expect((await snapshot(h.page)).pages.map(p => p.route)).toEqual(['pages/tab1/index'])
    await events(h.page)
    await h.page.evaluate(() => new Promise(resolve => { addEventListener('popstate', resolve, { once: true }); history.go(2) }))
    await h.page.evaluate(() => globalThis.__t.idle())
    expect(await events(h.page)).toEqual([
      'pages/p1/index.onLoad {"n":"1"}', 'pages/p1/index.onShow',
      'pages/p2/index.onLoad {"n":"2"}', 'pages/p2/index.onShow',
    ])
    expect((await snapshot(h.page)).url).toBe('/app/pages/p2/index?n=2')
    await press(h.page, 'back')
    expect((await snapshot(h.page)).pages).toEqual([{ route: 'pages/tab1/index', options: {} }, { route: 'pages/p1/index', options: { n: '1' } }])
    await press(h.page, 'forward')
    await press(h.page, 'forward')
    expect((await snapshot(h.page)).pages.map(p => p.route)).toEqual(['pages/tab1/index', 'pages/p1/index', 'pages/p2/index', 'pkg/p3/index'])
  })

  it('reLaunch and switchTab leave one history entry for the one page', async () => {
    await open(h.page, `${h.origin}/app/`)
    await call(h.page, 'navigateTo', { url: '/pages/p1/index' })
    await call(h.page, 'navigateTo', { url: '/pages/p2/index' })
    expect(await call(h.page, 'switchTab', { url: '/pages/tab2/index' })).toBe('switchTab:ok')
    expect(await snapshot(h.page)).toEqual({ pages: [{ route: 'pages/tab2/index', options: {} }], url: '/app/pages/tab2/index', visible: ['pages/tab2/index|{}'], containers: ['pages/tab2/index'] })
    expect(await call(h.page, 'navigateBack')).toBe('navigateBack:fail cannot navigate back at first page.')
    await reload(h.page)
    expect((await snapshot(h.page)).pages).toEqual([{ route: 'pages/tab2/index', options: {} }])
  })
})

describe('hash mode', () => {
  it('keeps the route after the hash and restores the stack on reload', async () => {
    await h.page.goto(`${h.origin}/app/`)
    await h.page.evaluate(() => sessionStorage.setItem('mode', 'hash'))
    await open(h.page, `${h.origin}/app/#/pages/p1/index?k=v`)
    await call(h.page, 'navigateTo', { url: 'p1/index?n=2'.replace('p1/index', '../p2/index') })
    expect((await snapshot(h.page)).url).toBe('/app/#/pages/p2/index?n=2')
    await reload(h.page)
    expect((await snapshot(h.page)).pages).toEqual([{ route: 'pages/p1/index', options: { k: 'v' } }, { route: 'pages/p2/index', options: { n: '2' } }])
    await press(h.page, 'back')
    expect((await snapshot(h.page)).url).toBe('/app/#/pages/p1/index?k=v')
    await h.page.evaluate(() => sessionStorage.removeItem('mode'))
  })
})
