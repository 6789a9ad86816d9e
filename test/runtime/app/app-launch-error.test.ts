import { expect, it, vi } from 'vitest'
import { App, getApp } from '../../../runtime/app/globals'

it('an exception in onLaunch reaches App.onError and the launch goes on to onShow', () => {
  const error = vi.spyOn(console, 'error').mockImplementation(() => {})
  const log: string[] = []
  App({
    onLaunch() { throw new Error('launch broke') },
    onShow() { log.push('onShow') },
    onError(message) { log.push(`onError ${message.split('\n')[0]}`) },
  })
  expect(log).toEqual(['onError Error: launch broke', 'onShow'])
  expect(getApp()).toBeDefined()
  expect(error).toHaveBeenCalledTimes(1)
  error.mockRestore()
})
