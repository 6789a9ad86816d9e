// wx.request as a Promise of the response body. A 2xx status resolves; any other status rejects
// with the server's message; a failed request (offline, timeout) shows the wx-style error toast
// and rejects with the wx fail object.
export function api(path, { method = 'GET', data } = {}) {
  const session = wx.getStorageSync('session')
  return new Promise((resolve, reject) => {
    wx.request({
      url: getApp().globalData.apiBase + path,
      method,
      data,
      header: session ? { 'x-session': session.token } : {},
      success(res) {
        if (res.statusCode >= 200 && res.statusCode < 300) return resolve(res.data)
        const error = new Error((res.data && res.data.error) || `HTTP ${res.statusCode}`)
        error.statusCode = res.statusCode
        reject(error)
      },
      fail(error) {
        wx.showToast({ title: 'Network error', icon: 'error' })
        reject(error)
      },
    })
  })
}

/**
 * The usual mini-program sign-in: wx.login gives a one-time code (here from the login adapter in
 * app.js), the app's server trades it for a session, the app keeps the session in storage.
 */
export async function signIn() {
  const { code } = await wx.login()
  const session = await api('/api/session', { method: 'POST', data: { code } })
  wx.setStorageSync('session', session)
  return session
}

/** Runs `work` signed in; a session the server no longer knows (401) is renewed once. */
export async function withSession(work) {
  if (!wx.getStorageSync('session')) await signIn()
  try {
    return await work()
  }
  catch (error) {
    if (error.statusCode !== 401) throw error
    wx.removeStorageSync('session')
    await signIn()
    return work()
  }
}
