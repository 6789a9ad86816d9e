// Product detail: shows the product the opener sent through the event channel at once, refreshes
// it from the server (the only source after a reload), and tells the opener what was added.
import { api } from '../../lib/api.js'
import { addToCart, countOf } from '../../lib/cart.js'
import { button, el, price, productImage } from '../../lib/dom.js'

Page({
  data: {
    product: null,
    count: 0,
  },

  onLoad(query) {
    this.setData({ count: countOf(query.id) })
    this.channel = this.getOpenerEventChannel()
    this.channel.on('product', product => this.show(product))
    api(`/api/products/${query.id}`).then(product => this.show(product), () => {})
  },

  show(product) {
    this.setData({ product })
    wx.setNavigationBarTitle({ title: product.name })
  },

  add() {
    const count = addToCart(this.data.product)
    this.setData({ count })
    this.channel.emit('added', { id: this.data.product.id, count })
    wx.showToast({ title: 'Added to cart', icon: 'success' })
  },

  render(container, data) {
    if (!data.product) return container.replaceChildren(el('div', 'empty', 'Loading…'))
    const { product } = data
    container.replaceChildren(el('div', 'section detail',
      productImage(product, 160),
      el('h1', '', product.name),
      el('div', 'price', price(product.price)),
      el('p', 'muted', product.desc),
      data.count ? el('p', 'in-cart', `In your cart: ${data.count}`) : null,
      button('Add to cart', 'primary wide', () => this.add()),
      button('Go to cart', 'plain wide', () => wx.switchTab({ url: '/pages/cart/cart' }))))
  },
})
