// The shop's app.js, written as for WeChat (App, wx.*), plus the one web-only part: the adapters
// that stand in for WeChat's sign-in and payment (see README, "Adapters").
import { configure } from 'wx-h5/runtime'

/** POSTs JSON to the example's API server, outside wx.request: adapters are plain web code. */
async function post(path, body, headers = {}) {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body ?? {}),
  })
  const data = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(data.error || `HTTP ${response.status}`)
  return data
}

configure({
  // The shop's own text is English; so are the runtime's dialogs and buttons (zh-CN by default).
  locale: 'en',
  adapters: {
    // wx.login → the web sign-in of this site, which answers with a one-time code.
    async login() {
      const { code } = await post('/api/web-login')
      return { code }
    },
    // wx.requestPayment → the site's checkout; `package` carries the order id ("prepay_id=A0001").
    async requestPayment(options) {
      const id = /^prepay_id=(\w+)$/.exec(options.package)?.[1]
      if (!id) throw new Error('unknown order')
      const session = wx.getStorageSync('session')
      await post(`/api/orders/${id}/pay`, {}, { 'x-session': session ? session.token : '' })
    },
  },
})

App({
  globalData: {
    // Same origin: the example's static server forwards /api to the API server (server.js).
    apiBase: '',
  },
  onLaunch() {
    const launches = wx.getStorageSync('launches') || 0
    wx.setStorageSync('launches', launches + 1)
  },
  onError(message) {
    console.error('[shop]', message)
  },
})
