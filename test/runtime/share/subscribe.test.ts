import { expect, it, vi } from 'vitest'
import { tap } from '../user-tap'
import { configure } from '../../../runtime/internal/config'
import { requestSubscribeMessage } from '../../../runtime/share/index'

// A file of its own: the test needs a page that has not seen a user gesture yet.
it('requestSubscribeMessage needs a tap, then an adapter', async () => {
  await expect(requestSubscribeMessage({ tmplIds: ['t1'] })).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail can only be invoked by user TAP gesture.' })
  await tap()
  await expect(requestSubscribeMessage({ tmplIds: ['t1'] })).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail no requestSubscribeMessage adapter configured, see docs/share.md' })
  const adapter = vi.fn(async () => ({ t1: 'accept' as const, t2: 'reject' as const }))
  configure({ adapters: { requestSubscribeMessage: adapter } })
  await expect(requestSubscribeMessage({ tmplIds: ['t1', 't2'] })).resolves.toEqual({ t1: 'accept', t2: 'reject', errMsg: 'requestSubscribeMessage:ok' })
  expect(adapter).toHaveBeenCalledWith({ tmplIds: ['t1', 't2'] })
  await expect(requestSubscribeMessage({ tmplIds: ['t3'] })).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail requestSubscribeMessage adapter returned no decision for t3' })
  await expect(requestSubscribeMessage({ tmplIds: [] })).rejects.toEqual({ errMsg: 'requestSubscribeMessage:fail TmplIds can\'t be empty', errCode: 10001 })
})
