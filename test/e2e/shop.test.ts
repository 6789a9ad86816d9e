// The shop example (examples/shop) driven as a user would: built once with Vite through the
// plugin, served by its own static server with its API server behind /api, in real Chromium.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { launchChromium } from '../../scripts/lib/chromium.js'
import { build } from 'vite'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startStaticServer } from '../../examples/shop/serve.js'
import { startApiServer } from '../../examples/shop/server.js'
import { exampleViteConfig } from '../../scripts/example.js'
import { buildWithWebpack } from '../../scripts/example-webpack.js'
import { countDifferentPixels, decodePng } from './png'

const root = fileURLToPath(new URL('../..', import.meta.url))
const shop = join(root, 'examples/shop')
const screenshots = join(root, 'test/e2e/__screenshots__')

let outDir: string
let api: Awaited<ReturnType<typeof startApiServer>>
let web: Awaited<ReturnType<typeof startStaticServer>>
let browser: Browser
const contexts: BrowserContext[] = []
/** Uncaught exceptions of the pages and what App.onError logged: every test ends with none. */
const pageErrors: string[] = []

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/vite.mjs')) || !existsSync(join(root, 'dist/runtime/index.mjs')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
  outDir = mkdtempSync(join(tmpdir(), 'wx-h5-shop-'))
  await build(await exampleViteConfig(shop, { outDir, logLevel: 'silent' }))
  api = await startApiServer(0)
  web = await startStaticServer({ root: outDir, apiOrigin: api.origin })
  // Deterministic rasterisation for the screenshot comparisons.
  browser = await launchChromium(['--font-render-hinting=none', '--disable-lcd-text', '--force-color-profile=srgb', '--num-raster-threads=1', '--disable-partial-raster'])
})

afterAll(async () => {
  await browser?.close()
  await web?.close()
  await api?.close()
  if (outDir) rmSync(outDir, { recursive: true, force: true })
})

/** A fresh user: new browser context (empty storage), phone-sized, English labels, UTC clock. */
async function openShop(path = '/', options: Parameters<Browser['newContext']>[0] = {}, fixedTime?: Date): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: 375, height: 667 },
    deviceScaleFactor: 1,
    locale: 'en-US',
    timezoneId: 'UTC',
    reducedMotion: 'reduce',
    hasTouch: true,
    ...options,
  })
  contexts.push(context)
  context.setDefaultTimeout(10_000)
  const page = await context.newPage()
  page.on('pageerror', error => pageErrors.push(error.message))
  page.on('console', message => message.type() === 'error' && message.text().startsWith('[shop]') && pageErrors.push(message.text()))
  if (fixedTime) await page.clock.setFixedTime(fixedTime)
  await page.goto(new URL(path, web.url).href)
  return page
}

async function closeAll(): Promise<void> {
  await Promise.all(contexts.splice(0).map(context => context.close()))
}

afterEach(async () => {
  await closeAll()
  expect(pageErrors.splice(0)).toEqual([])
})

/** Waits for a value (the app settles asynchronously: requests, renders, toasts). */
function poll<T>(read: () => T | Promise<T>) {
  return expect.poll(read, { timeout: 10_000, interval: 50 })
}

const path = (page: Page) => new URL(page.url()).pathname + new URL(page.url()).search
const visible = (page: Page) => page.locator('.wx-h5-page:not([hidden])')
const toast = (page: Page) => page.locator('[role=status]')
const TABS = ['Home', 'Search', 'Cart', 'Me']
const tab = (page: Page, text: string) => page.locator(`[role=tab][data-index="${TABS.indexOf(text)}"]`)

async function productsShown(page: Page): Promise<void> {
  await poll(() => visible(page).locator('.product').count()).toBe(8)
}

describe('shop example', () => {
  it('opens the home tab with the products of the API server and the tab bar', async () => {
    const page = await openShop('/')
    await productsShown(page)
    expect(path(page)).toBe('/pages/index/index')
    expect(await visible(page).locator('.product .name').allTextContents()).toEqual(['Apple', 'Banana', 'Grapes', 'Green tea', 'Orange juice', 'Coffee beans', 'Crackers', 'Dark chocolate'])
    expect(await page.locator('[role=tab] .text').allTextContents()).toEqual(['Home', 'Search', 'Cart', 'Me'])
    expect(await tab(page, 'Home').getAttribute('aria-selected')).toBe('true')
    expect(await page.title()).toBe('Shop')
  })

  it('a product tap opens its detail with the data sent through the event channel; the detail reports back what it added', async () => {
    const page = await openShop('/')
    await productsShown(page)
    // The server cannot answer the detail's own request: what it shows came from the opener.
    await page.route('**/api/products/p2', route => route.abort('failed'))
    await visible(page).locator('.product[data-id=p2]').click()
    await poll(() => path(page)).toBe('/pages/detail/detail?id=p2')
    await poll(() => visible(page).locator('h1').textContent()).toBe('Banana')
    expect(await visible(page).locator('.price').textContent()).toBe('¥2.80')
    await poll(() => toast(page).textContent()).toBe('Network error')
    await page.unroute('**/api/products/p2')
    await poll(() => toast(page).count()).toBe(0)

    await visible(page).getByRole('button', { name: 'Add to cart' }).click()
    await poll(() => toast(page).textContent()).toBe('Added to cart')
    expect(await visible(page).locator('.in-cart').textContent()).toBe('In your cart: 1')
    await page.goBack()
    await poll(() => path(page)).toBe('/pages/index/index')
    await poll(() => visible(page).locator('.product[data-id=p2] .in-cart').textContent()).toBe('In cart: 1')
  })

  it('keeps the cart in storage and the page stack in history across reloads', async () => {
    const page = await openShop('/')
    await productsShown(page)
    await visible(page).locator('.product[data-id=p1]').click()
    await poll(() => visible(page).locator('h1').textContent()).toBe('Apple')
    const add = visible(page).getByRole('button', { name: 'Add to cart' })
    await add.click()
    await add.click()
    await poll(() => visible(page).locator('.in-cart').textContent()).toBe('In your cart: 2')

    await page.reload()
    expect(path(page)).toBe('/pages/detail/detail?id=p1')
    // Restored from the server alone (no opener after a reload), with the cart from storage.
    await poll(() => visible(page).locator('h1').textContent()).toBe('Apple')
    expect(await visible(page).locator('.in-cart').textContent()).toBe('In your cart: 2')
    expect(await page.getByRole('button', { name: 'Back' }).isVisible()).toBe(true)

    await page.goBack()
    await poll(() => path(page)).toBe('/pages/index/index')
    await poll(() => visible(page).locator('.product[data-id=p1] .in-cart').textContent()).toBe('In cart: 2')
    await poll(() => tab(page, 'Cart').locator('.badge').textContent()).toBe('2')

    await tab(page, 'Cart').click()
    await poll(() => path(page)).toBe('/pages/cart/cart')
    await poll(() => visible(page).locator('.line .count').allTextContents()).toEqual(['2'])
    await page.reload()
    await poll(() => visible(page).locator('.line .count').allTextContents()).toEqual(['2'])
    expect(await visible(page).locator('.total').textContent()).toBe('Total: ¥7.00')
  })

  it('checks out: confirmation modal, payment action sheet, login adapter, payment adapter, order on the Me tab', async () => {
    const page = await openShop('/pages/detail/detail?id=p4')
    await poll(() => visible(page).locator('h1').textContent()).toBe('Green tea')
    await visible(page).getByRole('button', { name: 'Add to cart' }).click()
    await visible(page).getByRole('button', { name: 'Go to cart' }).click()
    await poll(() => path(page)).toBe('/pages/cart/cart')

    // Cancelling the action sheet leaves the cart alone.
    await visible(page).getByRole('button', { name: 'Checkout' }).click()
    const modal = page.getByRole('alertdialog')
    await poll(() => modal.textContent()).toContain('1 item, ¥4.50 in total.')
    await modal.getByRole('button', { name: 'Order' }).click()
    const sheet = page.getByRole('dialog')
    await poll(() => sheet.locator('button').allTextContents()).toEqual(['Pay online', 'Cash on delivery', 'Cancel'])
    await sheet.getByRole('button', { name: 'Cancel' }).click()
    await poll(() => sheet.count()).toBe(0)
    expect(await visible(page).locator('.line .count').allTextContents()).toEqual(['1'])

    await visible(page).getByRole('button', { name: 'Checkout' }).click()
    await modal.getByRole('button', { name: 'Order' }).click()
    await sheet.getByRole('button', { name: 'Pay online' }).click()
    await poll(() => toast(page).textContent()).toMatch(/^Order A\d{4}$/)
    const orderId = (await toast(page).textContent())!.slice('Order '.length)
    await poll(() => visible(page).locator('.empty p').textContent()).toBe('Your cart is empty.')
    expect(await tab(page, 'Cart').locator('.badge').isVisible()).toBe(false)

    await tab(page, 'Me').click()
    await poll(() => visible(page).locator('.user').textContent()).toBe('Guest shopper')
    await poll(() => visible(page).locator('.order').allInnerTexts()).toEqual([expect.stringContaining(`${orderId} · Green tea × 1`)])
    expect(await visible(page).locator('.order .muted').textContent()).toBe('paid')
  })

  it('changes quantities in the cart; removing the last one asks first (modal cancel keeps it)', async () => {
    const page = await openShop('/pages/detail/detail?id=p8')
    await poll(() => visible(page).locator('h1').textContent()).toBe('Dark chocolate')
    await visible(page).getByRole('button', { name: 'Add to cart' }).click()
    await visible(page).getByRole('button', { name: 'Go to cart' }).click()
    const line = visible(page).locator('.line[data-id=p8]')
    await poll(() => line.locator('.count').textContent()).toBe('1')
    await line.locator('.plus').click()
    await poll(() => line.locator('.count').textContent()).toBe('2')
    expect(await visible(page).locator('.total').textContent()).toBe('Total: ¥19.80')
    await poll(() => tab(page, 'Cart').locator('.badge').textContent()).toBe('2')
    await line.locator('.minus').click()
    await line.locator('.minus').click()
    const modal = page.getByRole('alertdialog')
    await poll(() => modal.textContent()).toContain('Remove Dark chocolate from the cart?')
    await modal.getByRole('button', { name: 'Cancel' }).click()
    await poll(() => modal.count()).toBe(0)
    expect(await line.locator('.count').textContent()).toBe('1')
    const cartKeys = () => page.evaluate(() => Object.keys(localStorage).filter(key => key.endsWith(':cart')))
    expect(await cartKeys()).toEqual(['wxh5:wxexample:@:cart'])
    await line.locator('.minus').click()
    await modal.getByRole('button', { name: 'Remove' }).click()
    await poll(() => visible(page).locator('.empty p').textContent()).toBe('Your cart is empty.')
    expect(await cartKeys()).toEqual([])
  })

  it('signs in and out from the Me tab (login adapter, toast, confirmation modal)', async () => {
    const page = await openShop('/pages/me/me')
    await poll(() => visible(page).locator('.muted').first().textContent()).toBe('Not signed in')
    await visible(page).getByRole('button', { name: 'Sign in' }).click()
    await poll(() => toast(page).textContent()).toBe('Signed in')
    expect(await visible(page).locator('.user').textContent()).toBe('Guest shopper')
    await visible(page).getByRole('button', { name: 'Sign out' }).click()
    const modal = page.getByRole('alertdialog')
    await modal.getByRole('button', { name: 'Cancel' }).click()
    expect(await visible(page).locator('.user').textContent()).toBe('Guest shopper')
    await visible(page).getByRole('button', { name: 'Sign out' }).click()
    await modal.getByRole('button', { name: 'Sign out' }).click()
    await poll(() => visible(page).locator('.muted').first().textContent()).toBe('Not signed in')
  })

  it('shows the wx-style error toast when the network is gone', async () => {
    const page = await openShop('/')
    await productsShown(page)
    // Open the Search tab first: its page module is loaded lazily, which needs the network too.
    await tab(page, 'Search').click()
    await poll(() => visible(page).locator('.line .grow').allTextContents()).toEqual(['Apple', 'Banana', 'Grapes'])
    await page.context().setOffline(true)
    await visible(page).getByRole('button', { name: 'Drinks' }).click()
    await poll(() => toast(page).textContent()).toBe('Network error')
    await poll(() => visible(page).locator('.empty').textContent()).toBe('Could not load products.')
    await page.context().setOffline(false)
    await visible(page).locator('input').fill('tea')
    await visible(page).getByRole('button', { name: 'Search' }).click()
    await poll(() => visible(page).locator('.line .grow').allTextContents()).toEqual(['Green tea'])
  })

  it('refreshes the product list on a pull down and closes the indicator (stopPullDownRefresh)', async () => {
    const page = await openShop('/')
    await productsShown(page)
    const listRequests: string[] = []
    page.on('request', request => new URL(request.url()).pathname === '/api/products' && listRequests.push(request.url()))
    const cdp = await page.context().newCDPSession(page)
    const at = (y: number) => [{ x: 180, y, id: 1 }]
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(150) })
    for (let y = 170; y <= 350; y += 20) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(y) })
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
    await cdp.detach()
    await poll(() => listRequests.length).toBe(1)
    const indicator = visible(page).locator('.wx-h5-page-refresh')
    await poll(() => indicator.evaluate(node => (node as HTMLElement).offsetHeight)).toBe(0)
    await productsShown(page)
  })

  it('finds the nearest store after the location authorization dialog (allow), and explains a denial', async () => {
    const page = await openShop('/', { permissions: ['geolocation'], geolocation: { latitude: 22.5, longitude: 114.1 } })
    await productsShown(page)
    await visible(page).getByRole('button', { name: 'Nearest store' }).click()
    await page.getByRole('button', { name: 'Allow' }).click()
    await poll(() => visible(page).locator('.store').textContent()).toMatch(/^Nearest store: Harbour store \(\d+(\.\d)? km\)$/)

    const denied = await openShop('/', { permissions: ['geolocation'], geolocation: { latitude: 22.5, longitude: 114.1 } })
    await productsShown(denied)
    await visible(denied).getByRole('button', { name: 'Nearest store' }).click()
    await denied.getByRole('button', { name: 'Deny' }).click()
    await poll(() => denied.getByRole('alertdialog').textContent()).toContain('Allow location access to see the store nearest to you.')
  })
})

describe('the same app built with Webpack (npm run example:webpack)', () => {
  let webpackOut: string
  let webpackWeb: Awaited<ReturnType<typeof startStaticServer>>

  beforeAll(async () => {
    webpackOut = mkdtempSync(join(tmpdir(), 'wx-h5-shop-webpack-'))
    await buildWithWebpack(shop, { outDir: webpackOut })
    webpackWeb = await startStaticServer({ root: webpackOut, apiOrigin: api.origin })
  })

  afterAll(async () => {
    await webpackWeb?.close()
    if (webpackOut) rmSync(webpackOut, { recursive: true, force: true })
  })

  it('lists the products, opens a detail, adds to the cart and keeps it across a reload', async () => {
    const page = await openShop(webpackWeb.url)
    await productsShown(page)
    await visible(page).locator('.product[data-id=p7]').click()
    await poll(() => visible(page).locator('h1').textContent()).toBe('Crackers')
    await visible(page).getByRole('button', { name: 'Add to cart' }).click()
    await poll(() => toast(page).textContent()).toBe('Added to cart')
    await page.reload()
    expect(path(page)).toBe('/pages/detail/detail?id=p7')
    await poll(() => visible(page).locator('.in-cart').textContent()).toBe('In your cart: 1')
    await page.goBack()
    await poll(() => visible(page).locator('.product[data-id=p7] .in-cart').textContent()).toBe('In cart: 1')
  })
})

describe('screenshots', () => {
  /**
   * The page as a PNG once every image has loaded, fonts are ready and nothing animates. The
   * reference in __screenshots__ is written on the first run and compared on every later one.
   */
  async function shot(page: Page): Promise<Buffer> {
    await page.evaluate(async () => {
      await document.fonts.ready
      await Promise.all([...document.images].map(img => (img.complete ? undefined : new Promise(done => img.addEventListener('load', done, { once: true })))))
    })
    return page.screenshot({ animations: 'disabled', caret: 'hide', scale: 'css' })
  }

  function compareWithReference(name: string, png: Buffer): void {
    mkdirSync(screenshots, { recursive: true })
    const reference = join(screenshots, `${name}.png`)
    if (!existsSync(reference)) {
      writeFileSync(reference, png)
      return
    }
    const expected = readFileSync(reference)
    if (expected.equals(png)) return
    const different = countDifferentPixels(decodePng(expected), decodePng(png), 2)
    if (different > 0) writeFileSync(join(screenshots, `${name}-actual.png`), png)
    expect(different, `${name}: pixels differing from ${reference}`).toBe(0)
  }

  it.each([
    ['home', '/pages/index/index', '.product'],
    ['detail', '/pages/detail/detail?id=p3', 'h1'],
    ['search', '/pages/category/category', '.line'],
  ])('%s looks as before, and the same on two consecutive loads', async (name, url, ready) => {
    const page = await openShop(url, {}, new Date('2026-01-01T08:00:00Z'))
    await visible(page).locator(ready).first().waitFor()
    const first = await shot(page)
    await page.reload()
    await visible(page).locator(ready).first().waitFor()
    const second = await shot(page)
    if (!second.equals(first)) {
      mkdirSync(screenshots, { recursive: true })
      writeFileSync(join(screenshots, `${name}-actual-first.png`), first)
      writeFileSync(join(screenshots, `${name}-actual-second.png`), second)
    }
    expect(second.equals(first)).toBe(true)
    compareWithReference(name, first)
  })
})
