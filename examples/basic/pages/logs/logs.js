// Reads what App.onLaunch stored, and clears it after a wx.showModal confirmation.
function el(tag, className, text) {
  const node = document.createElement(tag)
  if (className) node.className = className
  if (text !== undefined) node.textContent = text
  return node
}

Page({
  data: {
    logs: [],
  },

  onShow() {
    this.setData({ logs: wx.getStorageSync('logs') || [] })
  },

  async clear() {
    const { confirm } = await wx.showModal({ title: 'Clear logs?', content: 'The launch log in storage is removed.' })
    if (!confirm) return
    wx.removeStorageSync('logs')
    this.setData({ logs: [] })
  },

  render(container, data) {
    const card = el('div', 'card')
    const list = el('ul', 'logs')
    for (const time of data.logs) list.append(el('li', '', new Date(time).toLocaleString()))
    if (data.logs.length === 0) list.append(el('li', '', 'No launches logged.'))
    const clear = el('button', 'secondary', 'wx.showModal → clear')
    clear.addEventListener('click', () => this.clear())
    const back = el('button', '', 'wx.navigateBack')
    back.addEventListener('click', () => wx.navigateBack())
    card.append(el('h1', '', `${data.logs.length} launch${data.logs.length === 1 ? '' : 'es'}`), list, clear, back)
    container.replaceChildren(card)
  },
})
