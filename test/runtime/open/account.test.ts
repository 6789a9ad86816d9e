import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { config, configure } from '../../../runtime/internal/config'
import { getAccountInfoSync, navigateBackMiniProgram, navigateToMiniProgram } from '../../../runtime/open/index'
import { exit, jumpUrl, receiveJump, REFERRER_PARAM } from '../../../runtime/open/mini-program'
import { fromTap, resetOpen, settled, spies } from './helpers'

beforeEach(() => {
  resetOpen()
  configure({ miniPrograms: undefined, scene: undefined, referrerInfo: undefined, version: undefined, envVersion: undefined })
})
afterEach(() => {
  vi.restoreAllMocks()
})

describe('getAccountInfoSync', () => {
  it('reports the configured appId, release and an empty version by default', () => {
    expect(getAccountInfoSync()).toEqual({ miniProgram: { appId: 'wxapp1', envVersion: 'release', version: '' }, plugin: {} })
    configure({ version: '1.4.2', envVersion: 'trial' })
    expect(getAccountInfoSync()).toEqual({ miniProgram: { appId: 'wxapp1', envVersion: 'trial', version: '1.4.2' }, plugin: {} })
    configure({ appId: undefined })
    expect(getAccountInfoSync().miniProgram.appId).toBe('')
  })

  it('rejects bad configuration with a message that names the option', () => {
    expect(() => configure({ envVersion: 'beta' as never })).toThrow('[wx-h5] configure: `envVersion` must be \'develop\', \'trial\' or \'release\'; got "beta".')
    expect(() => configure({ version: 2 as never })).toThrow('[wx-h5] configure: `version` must be a string like "1.0.0"; got number.')
  })
})

/** The URL the jump would have opened (the page itself stays). */
function captureExit() {
  return vi.spyOn(exit, 'assign').mockImplementation(() => {})
}

function payloadOf(url: string): unknown {
  const raw = new URL(url).searchParams.get(REFERRER_PARAM)
  return raw === null ? null : JSON.parse(raw)
}

describe('navigateToMiniProgram', () => {
  it('opens the mapped URL with path and the payload, same tab', async () => {
    const assign = captureExit()
    configure({ miniPrograms: { wxshop: 'https://shop.example/app/' } })
    const s = spies()
    await fromTap(() => navigateToMiniProgram({ appId: 'wxshop', path: 'pages/item/item?id=7', extraData: { from: 'list' }, envVersion: 'trial', ...s }))
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'navigateToMiniProgram:ok' })
    expect(assign).toHaveBeenCalledTimes(1)
    const url = assign.mock.calls[0][0]
    expect(url.startsWith('https://shop.example/app/pages/item/item?id=7&wxh5_referrer=')).toBe(true)
    expect(payloadOf(url)).toEqual({ appId: 'wxapp1', scene: 1037, envVersion: 'trial', extraData: { from: 'list' } })
  })

  it('appends path to a hash route and keeps the query as written', () => {
    const payload = { appId: 'a', scene: 1037 as const }
    expect(jumpUrl('https://h.example/#/', '/pages/a/a?x=a%20b', payload)).toBe(`https://h.example/?${REFERRER_PARAM}=${encodeURIComponent(JSON.stringify(payload))}#/pages/a/a?x=a%20b`)
    expect(jumpUrl('https://h.example/base/index.html?lang=zh', undefined, payload)).toBe(`https://h.example/base/index.html?lang=zh&${REFERRER_PARAM}=${encodeURIComponent(JSON.stringify(payload))}`)
  })

  it('fails invalid appid without a map entry (or without appId), and never leaves', async () => {
    const assign = captureExit()
    configure({ miniPrograms: { wxshop: 'https://shop.example/' } })
    for (const options of [{ appId: 'wxunknown' }, {}, { shortLink: '#小程序://shop/x' }]) {
      const s = spies()
      await fromTap(() => navigateToMiniProgram({ ...options, ...s }))
      await settled(s)
      expect(s.calls).toEqual(['fail', 'complete'])
      expect(s.fail).toHaveBeenCalledWith({ errMsg: 'navigateToMiniProgram:fail invalid appid' })
    }
    const { result } = await fromTap(() => navigateToMiniProgram({ appId: 'wxshop', extraData: 'x' as never }))
    await expect(result).rejects.toEqual({ errMsg: 'navigateToMiniProgram:fail parameter error: parameter.extraData should be Object instead of String;' })
    expect(assign).not.toHaveBeenCalled()
  })
})

describe('receiving a jump and navigateBackMiniProgram', () => {
  it('turns the payload into scene and referrerInfo', () => {
    const payload = { appId: 'wxlist', scene: 1037, extraData: { from: 'list' } }
    expect(receiveJump(`?id=7&${REFERRER_PARAM}=${encodeURIComponent(JSON.stringify(payload))}`)).toEqual(payload)
    expect(config.scene).toBe(1037)
    expect(config.referrerInfo).toEqual({ appId: 'wxlist', extraData: { from: 'list' } })
    expect(receiveJump('?id=7')).toBeUndefined()
    expect(receiveJump(`?${REFERRER_PARAM}=not-json`)).toBeUndefined()
    expect(receiveJump(`?${REFERRER_PARAM}=${encodeURIComponent('{"appId":"x","scene":1001}')}`)).toBeUndefined()
  })

  it('goes back to the opener with extraData and scene 1038', async () => {
    const assign = captureExit()
    configure({ miniPrograms: { wxlist: 'https://list.example/' }, scene: 1037, referrerInfo: { appId: 'wxlist' } })
    await expect(navigateBackMiniProgram({ extraData: { picked: 3 } })).resolves.toEqual({ errMsg: 'navigateBackMiniProgram:ok' })
    expect(payloadOf(assign.mock.calls[0][0])).toEqual({ appId: 'wxapp1', scene: 1038, extraData: { picked: 3 } })
    expect(assign.mock.calls[0][0].startsWith('https://list.example/?wxh5_referrer=')).toBe(true)
  })

  it('fails when this app was not opened by another one, or the opener is not mapped', async () => {
    const assign = captureExit()
    const s = spies()
    navigateBackMiniProgram(s)
    await settled(s)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'navigateBackMiniProgram:fail not MiniProgram can navigate back.' })
    configure({ scene: 1037, referrerInfo: { appId: 'wxgone' } })
    await expect(navigateBackMiniProgram()).rejects.toEqual({ errMsg: 'navigateBackMiniProgram:fail invalid appid' })
    expect(assign).not.toHaveBeenCalled()
  })
})
