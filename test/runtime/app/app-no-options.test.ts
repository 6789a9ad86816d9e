import { expect, it } from 'vitest'
import { App, getApp } from '../../../runtime/app/globals'
import { getEnterOptionsSync, getLaunchOptionsSync } from '../../../runtime/app/index'

it('App() with no options at all registers an empty app', () => {
  App()
  expect(getApp()).toEqual({})
  expect(getApp()).toBe(getApp({ allowDefault: true }))
  expect(getEnterOptionsSync()).toEqual(getLaunchOptionsSync())
})
