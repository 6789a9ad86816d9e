import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
import { authorize, chooseAddress, getPrivacySetting, getUserInfo, onNeedPrivacyAuthorization, openPrivacyContract, requirePrivacyAuthorize } from '../../../runtime/open/index'
import { needListeners, type PrivacyEventInfo, type PrivacyResolve } from '../../../runtime/open/privacy'
import { click, dialog, flush, resetOpen, settled, spies, waitDialog } from './helpers'

const PRIVACY = { contractName: '《示例隐私保护指引》', contractUrl: 'https://example.com/privacy' }
const NOT_AUTHORIZED = (api: string) => ({ errMsg: `${api}:fail privacy permission is not authorized`, errno: 104 })

beforeEach(resetOpen)
afterEach(() => {
  vi.restoreAllMocks()
  expect(dialog()).toBeNull()
})

/** Calls a callback-only API and returns its spies once it settled. */
async function call(api: (o: ReturnType<typeof spies>) => unknown): Promise<ReturnType<typeof spies>> {
  const s = spies()
  expect(api(s)).toBeUndefined()
  await settled(s)
  return s
}

describe('without a privacy contract', () => {
  it('needs no authorization: getPrivacySetting says so and guarded calls proceed', async () => {
    const setting = await call(getPrivacySetting)
    expect(setting.calls).toEqual(['success', 'complete'])
    expect(setting.success).toHaveBeenCalledWith({ errMsg: 'getPrivacySetting:ok', needAuthorization: false, privacyContractName: '' })
    const required = await call(requirePrivacyAuthorize)
    expect(required.success).toHaveBeenCalledWith({ errMsg: 'requirePrivacyAuthorize:ok' })
    expect(dialog()).toBeNull()
  })

  it('openPrivacyContract fails with the reason', async () => {
    const s = await call(openPrivacyContract)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'openPrivacyContract:fail privacy contract not configured, see docs/open.md' })
  })
})

describe('with a privacy contract and the built-in dialog', () => {
  beforeEach(() => configure({ privacy: PRIVACY }))

  it('reports needAuthorization and the contract name until the user agrees', async () => {
    const before = await call(getPrivacySetting)
    expect(before.success).toHaveBeenCalledWith({ errMsg: 'getPrivacySetting:ok', needAuthorization: true, privacyContractName: '《示例隐私保护指引》' })
    const s = spies()
    requirePrivacyAuthorize(s)
    const d = await waitDialog()
    expect(d.querySelector('h2')!.textContent).toBe('用户隐私保护提示')
    expect(d.textContent).toContain('《示例隐私保护指引》')
    expect(s.calls).toEqual([])
    await click('同意')
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'requirePrivacyAuthorize:ok' })
    const after = await call(getPrivacySetting)
    expect(after.success).toHaveBeenCalledWith({ errMsg: 'getPrivacySetting:ok', needAuthorization: false, privacyContractName: '《示例隐私保护指引》' })
    // Agreed once: no dialog any more.
    const again = await call(requirePrivacyAuthorize)
    expect(again.calls).toEqual(['success', 'complete'])
  })

  it('a refusal fails the guarded call and is not remembered', async () => {
    const s = spies()
    requirePrivacyAuthorize(s)
    await waitDialog()
    await click('拒绝')
    await settled(s)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith(NOT_AUTHORIZED('requirePrivacyAuthorize'))
    const auth = expect(authorize({ scope: 'scope.record' })).rejects.toEqual(NOT_AUTHORIZED('authorize'))
    await waitDialog()
    await userEvent.keyboard('{Escape}')
    await auth
  })

  it('comes before the permission dialog, and agreement holds per user', async () => {
    const result = authorize({ scope: 'scope.record' })
    await waitDialog()
    await click('同意')
    await vi.waitFor(() => expect(dialog()?.textContent).toContain('使用你的麦克风'))
    await click('允许')
    await expect(result).resolves.toEqual({ errMsg: 'authorize:ok' })
    configure({ userId: 'user2' })
    expect((await call(getPrivacySetting)).success).toHaveBeenCalledWith(expect.objectContaining({ needAuthorization: true }))
  })

  it('the contract link opens the contract in a new tab', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue({ opener: window } as unknown as Window)
    const s = spies()
    requirePrivacyAuthorize(s)
    await waitDialog()
    await click('《示例隐私保护指引》')
    expect(open).toHaveBeenCalledWith('https://example.com/privacy', '_blank')
    await click('同意')
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
  })

  it('openPrivacyContract opens the contract, and fails when the browser blocks the tab', async () => {
    const tab = { opener: window as Window | null }
    const open = vi.spyOn(window, 'open').mockReturnValue(tab as unknown as Window)
    const s = await call(openPrivacyContract)
    expect(s.success).toHaveBeenCalledWith({ errMsg: 'openPrivacyContract:ok' })
    expect(open).toHaveBeenCalledWith('https://example.com/privacy', '_blank')
    expect(tab.opener).toBeNull()
    open.mockReturnValue(null)
    const blocked = await call(openPrivacyContract)
    expect(blocked.fail).toHaveBeenCalledWith({ errMsg: 'openPrivacyContract:fail the browser blocked the new tab' })
  })

  it('never returns a Promise from the three privacy calls', async () => {
    expect(getPrivacySetting()).toBeUndefined()
    vi.spyOn(window, 'open').mockReturnValue({} as Window)
    expect(openPrivacyContract()).toBeUndefined()
    expect(requirePrivacyAuthorize()).toBeUndefined()
    await waitDialog()
    await click('同意')
    await vi.waitFor(() => expect(dialog()).toBeNull())
  })
})

describe('onNeedPrivacyAuthorization', () => {
  beforeEach(() => configure({ privacy: PRIVACY }))
  // wx has no offNeedPrivacyAuthorization: the tests empty the set themselves.
  afterEach(() => needListeners.remove())

  it('hands the app resolve and eventInfo instead of showing the built-in dialog', async () => {
    const seen: Array<[PrivacyResolve, PrivacyEventInfo]> = []
    onNeedPrivacyAuthorization((resolve, info) => {
      seen.push([resolve, info])
    })
    const s = spies()
    requirePrivacyAuthorize(s)
    await vi.waitFor(() => expect(seen).toHaveLength(1))
    expect(seen[0][1]).toEqual({ referrer: 'requirePrivacyAuthorize' })
    expect(dialog()).toBeNull()
    seen[0][0]({ event: 'exposureAuthorization' })
    await flush()
    expect(s.calls).toEqual([])
    seen[0][0]({ event: 'agree', buttonId: 'agree-btn' })
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    // Agreed: the listener is not asked again.
    await call(requirePrivacyAuthorize)
    expect(seen).toHaveLength(1)
  })

  it('disagree fails the pending call with the referrer API name', async () => {
    const seen: PrivacyEventInfo[] = []
    onNeedPrivacyAuthorization((resolve, info) => {
      seen.push(info)
      resolve({ event: 'disagree' })
      resolve({ event: 'agree' }) // too late: the first answer counts
    })
    configure({ adapters: { getUserInfo: () => ({ userInfo: { nickName: 'A', avatarUrl: '' } }) } })
    await expect(getUserInfo()).rejects.toEqual(NOT_AUTHORIZED('getUserInfo'))
    await expect(chooseAddress()).rejects.toEqual(NOT_AUTHORIZED('chooseAddress'))
    expect(seen).toEqual([{ referrer: 'getUserInfo' }, { referrer: 'chooseAddress' }])
  })

  it('one agree releases every call waiting for consent', async () => {
    const resolves: PrivacyResolve[] = []
    onNeedPrivacyAuthorization(resolve => resolves.push(resolve))
    const a = spies()
    const b = spies()
    requirePrivacyAuthorize(a)
    requirePrivacyAuthorize(b)
    await vi.waitFor(() => expect(resolves).toHaveLength(2))
    resolves[1]({ event: 'agree' })
    await settled(a)
    await settled(b)
    expect([a.calls, b.calls]).toEqual([['success', 'complete'], ['success', 'complete']])
  })

  it('rejects a listener that is not a function', () => {
    expect(() => onNeedPrivacyAuthorization('x' as never)).toThrow('onNeedPrivacyAuthorization:fail parameter error: parameter.listener should be Function instead of String;')
  })
})
