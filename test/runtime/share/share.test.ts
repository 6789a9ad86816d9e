import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { tap } from '../user-tap'
import { configure } from '../../../runtime/internal/config'
import { hideShareMenu, offCopyUrl, onCopyUrl, openCustomerServiceChat, showShareMenu, updateShareMenu } from '../../../runtime/share/index'
import { copyPageUrl } from '../../../runtime/share/copy-url'

const start = location.href

beforeEach(() => {
  history.replaceState(null, '', '/pages/goods/detail?id=7&from=list')
})

afterEach(() => {
  offCopyUrl()
  vi.useRealTimers()
  vi.restoreAllMocks()
  history.replaceState(null, '', start)
})

describe('copy link', () => {
  it('copies the page URL with its own query by default', async () => {
    await tap()
    const write = vi.spyOn(navigator.clipboard, 'writeText')
    await expect(copyPageUrl()).resolves.toBe(`${location.origin}/pages/goods/detail?id=7&from=list`)
    expect(write).toHaveBeenCalledWith(`${location.origin}/pages/goods/detail?id=7&from=list`)
  })

  it('the latest onCopyUrl listener replaces the query; offCopyUrl() removes every listener', async () => {
    await tap()
    onCopyUrl(() => ({ query: 'a=1' }))
    onCopyUrl(() => ({ query: 'shared=1&uid=9' }))
    await expect(copyPageUrl()).resolves.toBe(`${location.origin}/pages/goods/detail?shared=1&uid=9`)
    offCopyUrl()
    await expect(copyPageUrl()).resolves.toBe(`${location.origin}/pages/goods/detail?id=7&from=list`)
  })

  it('follows hash routing', async () => {
    configure({ router: { mode: 'hash' } })
    try {
      history.replaceState(null, '', '/#/pages/home/index?tab=2')
      await tap()
      onCopyUrl(() => ({ query: 'tab=3' }))
      await expect(copyPageUrl()).resolves.toBe(`${location.origin}/#/pages/home/index?tab=3`)
    }
    finally {
      configure({ router: { mode: 'history' } })
    }
  })

  it('a listener promise wins when it settles within 2 s; otherwise the plain query stays', async () => {
    await tap()
    onCopyUrl(() => ({ query: 'sync=1', promise: Promise.resolve({ query: 'async=1' }) }))
    await expect(copyPageUrl()).resolves.toBe(`${location.origin}/pages/goods/detail?async=1`)
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    onCopyUrl(() => ({ query: 'sync=2', promise: new Promise(() => {}) }))
    const copied = copyPageUrl()
    await vi.advanceTimersByTimeAsync(1999)
    let settled = false
    void copied.then(() => (settled = true))
    await Promise.resolve()
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await expect(copied).resolves.toBe(`${location.origin}/pages/goods/detail?sync=2`)
  })

  it('a throwing listener is reported and the default link is copied', async () => {
    await tap()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    onCopyUrl(() => {
      throw new Error('listener broke')
    })
    await expect(copyPageUrl()).resolves.toBe(`${location.origin}/pages/goods/detail?id=7&from=list`)
    expect(error).toHaveBeenCalledTimes(1)
    expect(() => onCopyUrl(1 as never)).toThrow('onCopyUrl:fail parameter error: parameter.listener should be Function instead of Number;')
  })

  it('rejects when the browser refuses the clipboard', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('no', 'NotAllowedError'))
    vi.spyOn(document, 'execCommand').mockReturnValue(false)
    await expect(copyPageUrl()).rejects.toThrow('[wx-h5] copyPageUrl: the browser refused the clipboard write.')
  })
})

describe('share menu', () => {
  it('show, hide and update succeed and check their options', async () => {
    await expect(showShareMenu({ withShareTicket: true, menus: ['shareAppMessage', 'shareTimeline'] })).resolves.toEqual({ errMsg: 'showShareMenu:ok' })
    await expect(hideShareMenu({ menus: ['shareTimeline'] })).resolves.toEqual({ errMsg: 'hideShareMenu:ok' })
    await expect(updateShareMenu({ withShareTicket: true, isUpdatableMessage: true, activityId: 'x' })).resolves.toEqual({ errMsg: 'updateShareMenu:ok' })
    await expect(showShareMenu({ menus: 'shareTimeline' } as never)).rejects.toEqual({ errMsg: 'showShareMenu:fail parameter error: parameter.menus should be Array instead of String;' })
  })
})

describe('openCustomerServiceChat', () => {
  it('openCustomerServiceChat never returns a Promise; fails without an adapter, runs the adapter with one', async () => {
    const calls: unknown[] = []
    expect(openCustomerServiceChat({ corpId: 'ww1' })).toBeUndefined()
    await new Promise<void>(resolve => openCustomerServiceChat({ corpId: 'ww1', fail: res => calls.push(res), complete: () => resolve() }))
    expect(calls).toEqual([{ errMsg: 'openCustomerServiceChat:fail no openCustomerServiceChat adapter configured, see docs/share.md' }])
    const adapter = vi.fn(() => {})
    configure({ adapters: { openCustomerServiceChat: adapter } })
    await new Promise<void>(resolve => openCustomerServiceChat({ corpId: 'ww1', extInfo: { url: 'https://work.weixin.qq.com/kfid/x' }, success: res => calls.push(res), complete: () => resolve() }))
    expect(calls[1]).toEqual({ errMsg: 'openCustomerServiceChat:ok' })
    expect(adapter).toHaveBeenCalledWith({ corpId: 'ww1', extInfo: { url: 'https://work.weixin.qq.com/kfid/x' } })
    configure({ adapters: { openCustomerServiceChat: () => Promise.reject(new Error('openCustomerServiceChat:fail offline')) } })
    await new Promise<void>(resolve => openCustomerServiceChat({ corpId: 'ww1', fail: res => calls.push(res), complete: () => resolve() }))
    expect(calls[2]).toEqual({ errMsg: 'openCustomerServiceChat:fail offline' })
  })
})
