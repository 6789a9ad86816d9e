// Me tab: sign-in through wx.login (the login adapter) and the session's orders.
import { api, signIn } from '../../lib/api.js'
import { showCartBadge } from '../../lib/cart.js'
import { button, el, price } from '../../lib/dom.js'

Page({
  data: {
    user: null,
    orders: [],
  },

  onShow() {
    showCartBadge()
    const session = wx.getStorageSync('session')
    this.setData({ user: session ? session.user : null })
    if (session) this.loadOrders()
  },

  loadOrders() {
    api('/api/orders').then(orders => this.setData({ orders }), (error) => {
      if (error.statusCode === 401) {
        wx.removeStorageSync('session')
        this.setData({ user: null, orders: [] })
      }
    })
  },

  async signIn() {
    try {
      const session = await signIn()
      this.setData({ user: session.user })
      this.loadOrders()
      wx.showToast({ title: 'Signed in', icon: 'success' })
    }
    catch (error) {
      if (!(error && error.errMsg && error.errMsg.startsWith('request:fail')))
        wx.showModal({ title: 'Sign-in failed', content: (error && (error.errMsg || error.message)) || 'Unknown error', showCancel: false })
    }
  },

  async signOut() {
    const { confirm } = await wx.showModal({ title: 'Sign out', content: 'Sign out of the shop?', confirmText: 'Sign out' })
    if (!confirm) return
    wx.removeStorageSync('session')
    this.setData({ user: null, orders: [] })
  },

  render(container, data) {
    const account = data.user
      ? el('div', 'section row', el('span', 'grow user', data.user.nickName), button('Sign out', 'plain', () => this.signOut()))
      : el('div', 'section row', el('span', 'grow muted', 'Not signed in'), button('Sign in', 'primary', () => this.signIn()))
    const orders = el('div', 'section', el('h2', '', 'Orders'))
    if (data.orders.length === 0) orders.append(el('div', 'muted', 'No orders yet.'))
    for (const order of data.orders) {
      const line = el('div', 'line order',
        el('span', 'grow', `${order.id} · ${order.items.map(i => `${i.name} × ${i.count}`).join(', ')}`),
        el('span', 'price', price(order.total)),
        el('span', 'muted', order.payment === 'cash' ? 'cash' : order.paid ? 'paid' : 'unpaid'))
      orders.append(line)
    }
    container.replaceChildren(account, orders)
  },
})
