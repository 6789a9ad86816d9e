// Mini-program code as it is written for WeChat: the wx-h5 plugin turns each wx.X into an import
// from wx-h5/runtime and opens the first page of app.json once this module has run.
App({
  onLaunch() {
    const logs = wx.getStorageSync('logs') || []
    logs.unshift(Date.now())
    wx.setStorageSync('logs', logs.slice(0, 20))
  },
  globalData: {
    greeting: 'Hello from App()',
  },
})
