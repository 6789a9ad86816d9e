// Cart tab: the lines kept in storage, quantity steppers, and checkout: a confirmation modal, an
// action sheet for the payment method, the order request and (online) wx.requestPayment.
import { api, withSession } from '../../lib/api.js'
import { cartTotals, clearCart, readCart, setCount, showCartBadge } from '../../lib/cart.js'
import { button, el, price, productImage } from '../../lib/dom.js'

const PAYMENTS = [
  { text: 'Pay online', value: 'online' },
  { text: 'Cash on delivery', value: 'cash' },
]

Page({
  data: {
    items: [],
    count: 0,
    total: 0,
  },

  onShow() {
    this.refresh()
  },

  refresh() {
    const items = readCart()
    this.setData({ items, ...cartTotals(items) })
    showCartBadge()
  },

  async step(item, delta) {
    if (item.count + delta <= 0) {
      const { confirm } = await wx.showModal({ title: 'Remove item', content: `Remove ${item.name} from the cart?`, confirmText: 'Remove' })
      if (!confirm) return
    }
    setCount(item.id, item.count + delta)
    this.refresh()
  },

  async checkout() {
    const { confirm } = await wx.showModal({
      title: 'Place order',
      content: `${this.data.count} item${this.data.count === 1 ? '' : 's'}, ${price(this.data.total)} in total.`,
      confirmText: 'Order',
    })
    if (!confirm) return
    let tapIndex
    try {
      ({ tapIndex } = await wx.showActionSheet({ itemList: PAYMENTS.map(p => p.text) }))
    }
    catch {
      return // action sheet cancelled: the cart stays as it is
    }
    const payment = PAYMENTS[tapIndex].value
    wx.showLoading({ title: 'Ordering', mask: true })
    try {
      const items = this.data.items.map(({ id, count }) => ({ id, count }))
      const order = await withSession(() => api('/api/orders', { method: 'POST', data: { items, payment } }))
      if (payment === 'online') {
        await wx.requestPayment({ timeStamp: '0', nonceStr: order.id, package: `prepay_id=${order.id}`, signType: 'RSA', paySign: 'example' })
      }
      wx.hideLoading()
      clearCart()
      this.refresh()
      wx.showToast({ title: `Order ${order.id}`, icon: 'success' })
    }
    catch (error) {
      wx.hideLoading()
      // A failed request has shown its toast already; anything else is said here.
      if (!(error && error.errMsg && error.errMsg.startsWith('request:fail')))
        wx.showModal({ title: 'Order failed', content: (error && (error.errMsg || error.message)) || 'Unknown error', showCancel: false })
    }
  },

  render(container, data) {
    if (data.items.length === 0) {
      return container.replaceChildren(el('div', 'empty', el('p', '', 'Your cart is empty.'),
        button('Go shopping', 'primary', () => wx.switchTab({ url: '/pages/index/index' }))))
    }
    const lines = el('div', 'section')
    for (const item of data.items) {
      const line = el('div', 'line', productImage(item, 48),
        el('div', 'grow', el('div', '', item.name), el('div', 'price', price(item.price))),
        el('div', 'stepper', button('−', 'minus', () => this.step(item, -1)), el('span', 'count', item.count), button('+', 'plus', () => this.step(item, 1))))
      line.dataset.id = item.id
      lines.append(line)
    }
    const summary = el('div', 'section row', el('span', 'grow total', `Total: ${price(data.total)}`), button('Checkout', 'primary', () => this.checkout()))
    container.replaceChildren(lines, summary)
  },
})
