import { describe, expect, it } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { getUserProfile, navigateToMiniProgram, openSetting } from '../../../runtime/open/index'
import { dialog, settled, spies } from './helpers'

// Its own file: a fresh frame that no test has clicked in yet, so there is no user activation.
describe('APIs that need a user tap (base library 2.3.0 and later)', () => {
  it('fail without one, the wx way, and show nothing', async () => {
    configure({ miniPrograms: { wxother: 'https://example.com/' }, adapters: { getUserProfile: () => ({ userInfo: { nickName: 'n', avatarUrl: '' } }) } })
    expect(navigator.userActivation.isActive).toBe(false)
    for (const [api, call] of [
      ['openSetting', (s: ReturnType<typeof spies>) => openSetting(s)],
      ['navigateToMiniProgram', (s: ReturnType<typeof spies>) => navigateToMiniProgram({ appId: 'wxother', ...s })],
      ['getUserProfile', (s: ReturnType<typeof spies>) => getUserProfile({ desc: 'profile', ...s })],
    ] as const) {
      const s = spies()
      call(s)
      await settled(s)
      expect(s.calls).toEqual(['fail', 'complete'])
      expect(s.fail).toHaveBeenCalledWith({ errMsg: `${api}:fail can only be invoked by user TAP gesture.` })
    }
    expect(dialog()).toBeNull()
  })

  it('are not gated when the emulated base library predates the rule', async () => {
    configure({ target: '2.2.0' })
    const result = openSetting()
    await expect.poll(() => dialog()).not.toBeNull()
    ;(dialog()!.querySelector('button') as HTMLButtonElement).click()
    await expect(result).resolves.toEqual({ errMsg: 'openSetting:ok', authSetting: { 'scope.userInfo': true } })
  })
})
