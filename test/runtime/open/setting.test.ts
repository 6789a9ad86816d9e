import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
import { authorize, getSetting, openSetting } from '../../../runtime/open/index'
import { click, dialog, resetOpen, settled, spies, waitDialog, fromTap } from './helpers'

beforeEach(resetOpen)
afterEach(() => {
  vi.restoreAllMocks()
  expect(dialog()).toBeNull()
})

async function answer(scope: string, choice: '允许' | '拒绝'): Promise<void> {
  const done = authorize({ scope }).catch(() => undefined)
  await waitDialog()
  await click(choice)
  await done
}

const switches = () => [...dialog()!.querySelectorAll<HTMLButtonElement>('[role=switch]')]

describe('getSetting', () => {
  it('lists every scope asked, with scope.userInfo always true', async () => {
    await expect(getSetting()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: { 'scope.userInfo': true } })
    await answer('scope.record', '允许')
    await answer('scope.camera', '拒绝')
    const s = spies()
    expect(getSetting(s)).toBeUndefined()
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'getSetting:ok', authSetting: { 'scope.record': true, 'scope.camera': false, 'scope.userInfo': true } })
  })

  it('adds subscriptionsSetting with withSubscriptions', async () => {
    await expect(getSetting({ withSubscriptions: true })).resolves.toEqual({
      errMsg: 'getSetting:ok',
      authSetting: { 'scope.userInfo': true },
      subscriptionsSetting: { mainSwitch: true, itemSettings: {} },
    })
    await expect(getSetting({ withSubscriptions: 1 as unknown as boolean })).rejects.toEqual({ errMsg: 'getSetting:fail parameter error: parameter.withSubscriptions should be Boolean instead of Number;' })
  })
})

describe('openSetting', () => {
  it('shows a switch per asked scope and returns authSetting once closed', async () => {
    await answer('scope.record', '允许')
    await answer('scope.camera', '拒绝')
    await authorize({ scope: 'scope.address' })
    const { result } = await fromTap(() => openSetting())
    const d = await waitDialog()
    expect(d.querySelector('h2')!.textContent).toBe('设置')
    // The silent scopes have nothing to switch.
    expect(switches().map(b => [b.dataset.scope, b.getAttribute('aria-checked')])).toEqual([['scope.record', 'true'], ['scope.camera', 'false']])
    const labelOf = (b: HTMLElement) => d.querySelector(`#${b.getAttribute('aria-labelledby')}`)!.textContent
    expect(switches().map(labelOf)).toEqual(['使用你的麦克风', '使用你的摄像头'])
    // Focus starts on the first switch; the keyboard toggles it.
    expect(document.getElementById('wx-h5-ui')!.shadowRoot!.activeElement).toBe(switches()[0])
    await userEvent.keyboard(' ')
    await userEvent.click(switches()[1])
    expect(switches().map(b => b.getAttribute('aria-checked'))).toEqual(['false', 'true'])
    await click('完成')
    await expect(result).resolves.toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.record': false, 'scope.camera': true, 'scope.address': true, 'scope.userInfo': true } })
  })

  it('a switched-off scope is refused without a dialog, a switched-on one allowed', async () => {
    await answer('scope.record', '允许')
    await answer('scope.camera', '拒绝')
    const s = spies()
    await fromTap(() => openSetting(s))
    await waitDialog()
    for (const b of switches()) await userEvent.click(b)
    await userEvent.keyboard('{Escape}')
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    await expect(authorize({ scope: 'scope.record' })).rejects.toEqual({ errMsg: 'authorize:fail auth deny' })
    await expect(authorize({ scope: 'scope.camera' })).resolves.toEqual({ errMsg: 'authorize:ok' })
  })

  it('says when nothing was asked yet, closes on the mask, and reports subscriptions on request', async () => {
    configure({ locale: 'en' })
    const { result } = await fromTap(() => openSetting({ withSubscriptions: true }))
    const d = await waitDialog()
    expect(d.textContent).toContain('No permissions requested yet')
    ;(d.parentElement as HTMLElement).click()
    await expect(result).resolves.toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.userInfo': true }, subscriptionsSetting: { mainSwitch: true, itemSettings: {} } })
  })

  it('applies to the user it was opened for, and a new user starts with nothing', async () => {
    await answer('scope.record', '允许')
    configure({ userId: 'user2' })
    await expect(getSetting()).resolves.toEqual({ errMsg: 'getSetting:ok', authSetting: { 'scope.userInfo': true } })
    const { result } = await fromTap(() => openSetting())
    await waitDialog()
    expect(switches()).toHaveLength(0)
    await click('完成')
    await result
    configure({ userId: 'user1' })
    expect((await getSetting()).authSetting).toEqual({ 'scope.record': true, 'scope.userInfo': true })
  })
})
