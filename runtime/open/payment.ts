import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { callAdapter, onlyObject, type RequestPaymentOptions } from './adapters'

/** wx.requestPayment: the payment adapter runs the web checkout; no adapter, no payment. */
export const requestPayment = /* @__PURE__ */ defineAsync<RequestPaymentOptions>('requestPayment', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { timeStamp: 'String', nonceStr: 'String', package: 'String', paySign: 'String', signType: 'String?' })
  return onlyObject(await callAdapter<unknown>('requestPayment', o))
})
