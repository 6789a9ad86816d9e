// A page as WeChat defines it (data, lifecycle, handlers). WXML is not compiled by wx-h5, so the
// page draws itself with `render`, which the runtime calls again after every setData.
function el(tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

Page({
  data: {
    taps: 0,
    system: '',
  },

  onLoad() {
    const info = wx.getSystemInfoSync()
    this.setData({ system: `${info.platform} · SDKVersion ${info.SDKVersion}` })
  },

  onTap() {
    const taps = this.data.taps + 1
    this.setData({ taps })
    wx.showToast({ title: `Tapped ${taps} time${taps === 1 ? '' : 's'}`, icon: 'none' })
  },

  openLogs() {
    wx.navigateTo({ url: '/pages/logs/logs' })
  },

  render(container, data) {
    const card = el('div', 'card')
    card.append(
      el('h1', '', getApp().globalData.greeting),
      el('p', '', data.system),
      el('p', '', `Taps: ${data.taps}`),
    )
    const tap = el('button', '', 'wx.showToast')
    tap.addEventListener('click', () => this.onTap())
    const logs = el('button', 'secondary', 'wx.navigateTo → logs')
    logs.addEventListener('click', () => this.openLogs())
    card.append(tap, logs)
    container.replaceChildren(card)
  },
})
