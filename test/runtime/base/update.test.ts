// updateWeChatApp opens WeChat's own update page: there is no WeChat client on the web, so
// the runtime does not implement it. canIUse says so, `wx.updateWeChatApp` is absent (feature
// checks see it missing), and the transform puts its stub at call sites, which fails the wx way.
import { describe, expect, it, vi } from 'vitest'
import { canIUse } from '../../../runtime/base/can-i-use'
import * as base from '../../../runtime/base/index'
import { IMPLEMENTED } from '../../../runtime/implemented'
import { unsupported } from '../../../runtime/internal/unsupported'

describe('updateWeChatApp', () => {
  it('is not implemented, and canIUse agrees', () => {
    expect('updateWeChatApp' in base).toBe(false)
    expect(IMPLEMENTED.has('updateWeChatApp')).toBe(false)
    expect(canIUse('updateWeChatApp')).toBe(false)
  })

  it('the call-site stub fails with updateWeChatApp:fail not supported, through callbacks and Promise', async () => {
    const updateWeChatApp = unsupported('updateWeChatApp') as (o?: object) => Promise<unknown> | undefined
    await expect(updateWeChatApp()).rejects.toEqual({ errMsg: 'updateWeChatApp:fail not supported' })
    const calls: string[] = []
    const ret = updateWeChatApp({
      success: () => { calls.push('success') },
      fail: (r: { errMsg: string }) => { calls.push(r.errMsg) },
      complete: (r: { errMsg: string }) => { calls.push(`complete ${r.errMsg}`) },
    })
    expect(ret).toBeUndefined()
    await vi.waitFor(() => expect(calls).toHaveLength(2))
    expect(calls).toEqual(['updateWeChatApp:fail not supported', 'complete updateWeChatApp:fail not supported'])
  })
})
