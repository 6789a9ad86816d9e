import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
import { defineAsync } from '../../../runtime/internal/define'
import { authorize, authorizeForMiniProgram, getSetting } from '../../../runtime/open/index'
import { ensureScope } from '../../../runtime/open/scope'
import { SCOPES } from '../../../runtime/open/scopes'
import { button, click, dialog, resetOpen, settled, spies, waitDialog } from './helpers'

const DENY = { errMsg: 'authorize:fail auth deny' }
const OK = { errMsg: 'authorize:ok' }

beforeEach(resetOpen)
afterEach(() => {
  vi.restoreAllMocks()
  expect(dialog()).toBeNull()
})

describe('authorize', () => {
  it('asks once in an accessible dialog, then remembers the allow', async () => {
    const s = spies()
    expect(authorize({ scope: 'scope.record', ...s })).toBeUndefined()
    const d = await waitDialog()
    expect(d.getAttribute('aria-modal')).toBe('true')
    expect(d.querySelector(`#${d.getAttribute('aria-labelledby')}`)!.textContent).toBe('申请获取以下权限')
    expect(d.textContent).toContain('使用你的麦克风')
    expect(s.calls).toEqual([])
    await click('允许')
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith(OK)
    expect(dialog()).toBeNull()
    await expect(authorize({ scope: 'scope.record' })).resolves.toEqual(OK)
    expect(dialog()).toBeNull()
    expect((await getSetting()).authSetting).toEqual({ 'scope.record': true, 'scope.userInfo': true })
  })

  it('remembers a refusal: later calls fail at once, without a dialog', async () => {
    const first = expect(authorize({ scope: 'scope.camera' })).rejects.toEqual(DENY)
    await waitDialog()
    await click('拒绝')
    await first
    const s = spies()
    authorize({ scope: 'scope.camera', ...s })
    await settled(s)
    expect(dialog()).toBeNull()
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith(DENY)
    expect((await getSetting()).authSetting['scope.camera']).toBe(false)
  })

  it('is driven by the keyboard: focus starts on Deny, Tab reaches Allow, Enter picks it', async () => {
    const result = authorize({ scope: 'scope.bluetooth' })
    await waitDialog()
    const shadow = document.getElementById('wx-h5-ui')!.shadowRoot!
    expect(shadow.activeElement).toBe(button('拒绝'))
    await userEvent.keyboard('{Tab}')
    expect(shadow.activeElement).toBe(button('允许'))
    await userEvent.keyboard('{Enter}')
    await expect(result).resolves.toEqual(OK)
  })

  it('Escape refuses', async () => {
    const result = expect(authorize({ scope: 'scope.werun' })).rejects.toEqual(DENY)
    await waitDialog()
    await userEvent.keyboard('{Escape}')
    await result
    expect((await getSetting()).authSetting['scope.werun']).toBe(false)
  })

  it('fails an unknown scope the wx way, and a missing one as a parameter error', async () => {
    await expect(authorize({ scope: 'scope.telepathy' })).rejects.toEqual({ errMsg: 'authorize:fail invalid scope' })
    await expect(authorize({} as { scope: string })).rejects.toEqual({ errMsg: 'authorize:fail parameter error: parameter.scope should be String instead of Undefined;' })
    expect((await getSetting()).authSetting).toEqual({ 'scope.userInfo': true })
  })

  it('grants scope.userInfo and the address/invoice scopes without a dialog, as WeChat does today', async () => {
    for (const scope of ['scope.userInfo', 'scope.address', 'scope.invoiceTitle', 'scope.invoice'])
      await expect(authorize({ scope })).resolves.toEqual(OK)
    expect((await getSetting()).authSetting).toEqual({ 'scope.userInfo': true, 'scope.address': true, 'scope.invoiceTitle': true, 'scope.invoice': true })
  })

  it('asks for every other scope of the spec list', async () => {
    const asked = SCOPES.filter(s => !['scope.userInfo', 'scope.address', 'scope.invoiceTitle', 'scope.invoice'].includes(s))
    expect(asked).toHaveLength(10)
    vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: 'prompt' } as PermissionStatus)
    for (const scope of asked) {
      const result = authorize({ scope })
      await waitDialog()
      await click('允许')
      await expect(result).resolves.toEqual(OK)
    }
    const { authSetting } = await getSetting()
    expect(Object.keys(authSetting).sort()).toEqual([...asked, 'scope.userInfo'].sort())
  })

  it('keeps decisions per app and per user, and follows a userId change at once', async () => {
    const allow = authorize({ scope: 'scope.record' })
    await waitDialog()
    await click('允许')
    await allow
    configure({ userId: 'user2' })
    expect((await getSetting()).authSetting).toEqual({ 'scope.userInfo': true })
    const deny = expect(authorize({ scope: 'scope.record' })).rejects.toEqual(DENY)
    await waitDialog()
    await click('拒绝')
    await deny
    configure({ userId: 'user1' })
    await expect(authorize({ scope: 'scope.record' })).resolves.toEqual(OK)
    configure({ appId: 'wxapp2' })
    const other = expect(authorize({ scope: 'scope.record' })).rejects.toEqual(DENY)
    await waitDialog()
    await click('拒绝')
    await other
    // Kept outside the wx storage namespace, one record per app and user.
    expect(Object.keys(localStorage).sort()).toEqual(['wxh5-open:wxapp1:user1', 'wxh5-open:wxapp1:user2', 'wxh5-open:wxapp2:user1'])
  })

  it('shares one dialog between concurrent requests for the same scope', async () => {
    const a = spies()
    const b = spies()
    authorize({ scope: 'scope.addPhoneContact', ...a })
    authorize({ scope: 'scope.addPhoneContact', ...b })
    await waitDialog()
    expect(document.getElementById('wx-h5-ui')!.shadowRoot!.querySelectorAll('[role=dialog]')).toHaveLength(1)
    await click('允许')
    await settled(a)
    await settled(b)
    expect(a.calls).toEqual(['success', 'complete'])
    expect(b.calls).toEqual(['success', 'complete'])
  })

  it('asks for different scopes one after the other', async () => {
    const first = authorize({ scope: 'scope.addPhoneCalendar' })
    const second = expect(authorize({ scope: 'scope.writePhotosAlbum' })).rejects.toEqual(DENY)
    await waitDialog()
    expect(dialog()!.textContent).toContain('添加到你的日历')
    await click('允许')
    await expect(first).resolves.toEqual(OK)
    await vi.waitFor(() => expect(dialog()?.textContent).toContain('保存图片或视频到你的相册'))
    await click('拒绝')
    await second
  })

  it('shows the purpose from app.json permission and speaks English when configured', async () => {
    configure({ locale: 'en', app: { pages: ['index'], permission: { 'scope.userLocation': { desc: 'To find stores near you' } } } })
    vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: 'prompt' } as PermissionStatus)
    const result = authorize({ scope: 'scope.userLocation' })
    const d = await waitDialog()
    expect(d.textContent).toContain('This app requests permission to')
    expect(d.textContent).toContain('Get your location')
    expect(d.textContent).toContain('To find stores near you')
    await click('Allow')
    await expect(result).resolves.toEqual(OK)
  })

  it('lets the browser permission win: denied fails even after an allow, and asks nothing', async () => {
    const query = vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: 'prompt' } as PermissionStatus)
    const allow = authorize({ scope: 'scope.userLocation' })
    await waitDialog()
    await click('允许')
    await expect(allow).resolves.toEqual(OK)
    query.mockResolvedValue({ state: 'denied' } as PermissionStatus)
    await expect(authorize({ scope: 'scope.userLocation' })).rejects.toEqual(DENY)
    expect(query).toHaveBeenLastCalledWith({ name: 'geolocation' })
    // Never asked before, browser denied: fails without a dialog and records nothing.
    await expect(authorize({ scope: 'scope.camera' })).rejects.toEqual(DENY)
    expect(query).toHaveBeenLastCalledWith({ name: 'camera' })
    await expect(authorize({ scope: 'scope.record' })).rejects.toEqual(DENY)
    expect(query).toHaveBeenLastCalledWith({ name: 'microphone' })
    expect((await getSetting()).authSetting).toEqual({ 'scope.userLocation': true, 'scope.userInfo': true })
  })

  it('consults no browser permission for scopes without one (writePhotosAlbum downloads)', async () => {
    const query = vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: 'denied' } as PermissionStatus)
    const result = authorize({ scope: 'scope.writePhotosAlbum' })
    await waitDialog()
    await click('允许')
    await expect(result).resolves.toEqual(OK)
    expect(query).not.toHaveBeenCalled()
  })

  it('proceeds when the browser cannot answer for a permission name', async () => {
    vi.spyOn(navigator.permissions, 'query').mockRejectedValue(new TypeError('not a valid PermissionName'))
    const result = authorize({ scope: 'scope.record' })
    await waitDialog()
    await click('允许')
    await expect(result).resolves.toEqual(OK)
  })
})

describe('ensureScope', () => {
  const getLocation = defineAsync('getLocation', () => ensureScope('scope.userLocation', 'getLocation'))

  it('gates another API with that API\'s errMsg', async () => {
    vi.spyOn(navigator.permissions, 'query').mockResolvedValue({ state: 'granted' } as PermissionStatus)
    const first = expect(getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail auth deny' })
    await waitDialog()
    await click('拒绝')
    await first
    await expect(getLocation()).rejects.toEqual({ errMsg: 'getLocation:fail auth deny' })
    await expect(authorize({ scope: 'scope.userLocation' })).rejects.toEqual(DENY)
  })

  it('rejects unknown scopes', async () => {
    await expect(ensureScope('scope.nope', 'x')).rejects.toMatchObject({ message: 'invalid scope' })
  })
})

describe('authorizeForMiniProgram', () => {
  it('never returns a Promise and accepts only record, writePhotosAlbum and camera', async () => {
    const s = spies()
    expect(authorizeForMiniProgram({ scope: 'scope.userLocation', ...s })).toBeUndefined()
    await settled(s)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'authorizeForMiniProgram:fail scope "scope.userLocation" is not supported to be authorized by plugin' })
    const u = spies()
    expect(authorizeForMiniProgram({ scope: 'scope.camera', complete: u.complete })).toBeUndefined()
    expect(authorizeForMiniProgram({ scope: 'scope.camera' })).toBeUndefined()
    await waitDialog()
    await click('允许')
    await settled(u)
    expect(u.complete).toHaveBeenCalledWith({ errMsg: 'authorizeForMiniProgram:ok' })
    expect((await getSetting()).authSetting['scope.camera']).toBe(true)
    const t = spies()
    authorizeForMiniProgram({ scope: 'scope.camera', ...t })
    await settled(t)
    expect(t.calls).toEqual(['success', 'complete'])
    expect(t.success).toHaveBeenCalledWith({ errMsg: 'authorizeForMiniProgram:ok' })
  })
})
