import { afterAll, beforeAll, expect, it } from 'vitest'
import { events, type Harness, open, startHarness } from './harness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(async () => {
  await h?.close()
})

/** A finger drag through Chromium's own input pipeline (CDP), not synthetic DOM events. */
async function drag(page: Harness['page'], fromY: number, toY: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  const at = (y: number) => [{ x: 180, y, id: 1 }]
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(fromY) })
  for (let y = fromY + 20; y <= toY; y += 20) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(y) })
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] })
  await cdp.detach()
}

it('a real touch pull from the top of a page with enablePullDownRefresh calls onPullDownRefresh', async () => {
  const context = await h.browser.newContext({ hasTouch: true, viewport: { width: 375, height: 667 } })
  const page = await context.newPage()
  try {
    await open(page, `${h.origin}/app/pages/p2/index`)
    await events(page)
    await drag(page, 150, 200)
    expect(await events(page)).toEqual([])
    await drag(page, 150, 350)
    expect(await events(page)).toEqual(['pages/p2/index.onPullDownRefresh'])
    expect(await page.evaluate(() => document.querySelector<HTMLElement>('.wx-h5-page:not([hidden]) .wx-h5-page-refresh')!.style.height)).toBe('48px')
    // Not enabled on p1: the same pull does nothing.
    await open(page, `${h.origin}/app/pages/p1/index`)
    await events(page)
    await drag(page, 150, 350)
    expect(await events(page)).toEqual([])
  }
  finally {
    await context.close()
  }
})
