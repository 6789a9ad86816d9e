import { callConfiguredAdapter } from '../internal/adapter-call'
import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { requireTap } from '../open/tap'

/**
 * requestSubscribeMessage and openCustomerServiceChat reach WeChat's own services
 * (template messages, WeCom customer service), which a web page cannot. They go through
 * `configure({ adapters: { requestSubscribeMessage, openCustomerServiceChat } })` (e.g.
 * web push subscriptions, a support chat widget); without one they fail
 * `<api>:fail no <name> adapter configured, see docs/share.md`.
 */
export type SubscribeDecision = 'accept' | 'reject' | 'ban' | 'filter'
export interface RequestSubscribeMessageOptions { tmplIds: string[] }
export interface OpenCustomerServiceChatOptions {
  corpId: string
  extInfo?: { url?: string }
  showMessageCard?: boolean
  sendMessageTitle?: string
  sendMessagePath?: string
  sendMessageImg?: string
}

declare module '../internal/config' {
  interface Adapters {
    /** wx.requestSubscribeMessage: resolves `{ [tmplId]: 'accept' | 'reject' | 'ban' | 'filter' }` for every id asked. */
    requestSubscribeMessage?: (options: RequestSubscribeMessageOptions) => Record<string, SubscribeDecision> | Promise<Record<string, SubscribeDecision>>
    /** wx.openCustomerServiceChat: opens your support channel; throw to fail. */
    openCustomerServiceChat?: (options: OpenCustomerServiceChatOptions) => void | Promise<void>
  }
}

const DOCS = 'docs/share.md'
const DECISIONS = ['accept', 'reject', 'ban', 'filter']

export const requestSubscribeMessage = /* @__PURE__ */ defineAsync<RequestSubscribeMessageOptions, Record<string, SubscribeDecision>>('requestSubscribeMessage', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { tmplIds: 'Array' })
  if (!o.tmplIds.length) throw fail('TmplIds can\'t be empty', undefined, { errCode: 10001 })
  requireTap()
  const result = await callConfiguredAdapter<Record<string, SubscribeDecision>>('requestSubscribeMessage', o, DOCS)
  const out: Record<string, SubscribeDecision> = {}
  for (const id of o.tmplIds) {
    const decision = result?.[id]
    // An answer for every id, in wx's words, or the call fails: never a made-up consent.
    if (!DECISIONS.includes(decision)) throw fail(`requestSubscribeMessage adapter returned no decision for ${id}`)
    out[id] = decision
  }
  return out
})

// Not promisified in wx (callbacks only).
export const openCustomerServiceChat = /* @__PURE__ */ defineAsync<OpenCustomerServiceChatOptions>('openCustomerServiceChat', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { corpId: 'String', extInfo: 'Object?' })
  await callConfiguredAdapter('openCustomerServiceChat', o, DOCS)
}, false)
