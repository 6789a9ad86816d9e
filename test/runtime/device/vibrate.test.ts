import { afterEach, expect, it, vi } from 'vitest'
import { tap } from '../user-tap'
import { vibrateLong, vibrateShort } from '../../../runtime/device/index'

// A file of its own: user activation is sticky for the page, and each file gets a fresh one.
afterEach(() => {
  vi.restoreAllMocks()
})

it('vibrate before any user gesture is refused by Chromium; after a tap it runs', async () => {
  await expect(vibrateShort({ type: 'light' })).rejects.toEqual({ errMsg: 'vibrateShort:fail not allowed' })
  await tap()
  const spy = vi.spyOn(navigator, 'vibrate')
  await expect(vibrateShort({ type: 'heavy' })).resolves.toEqual({ errMsg: 'vibrateShort:ok' })
  await expect(vibrateLong()).resolves.toEqual({ errMsg: 'vibrateLong:ok' })
  expect(spy.mock.calls).toEqual([[15], [400]])
})
