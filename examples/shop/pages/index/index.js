// Home tab: the product list (pull down to refresh), the nearest store (location authorization)
// and navigation to the detail page, with data passed both ways through the event channel.
import { api } from '../../lib/api.js'
import { countOf, showCartBadge } from '../../lib/cart.js'
import { button, el, price, productImage } from '../../lib/dom.js'

Page({
  data: {
    products: [],
    counts: {},
    loading: true,
    store: null,
  },

  onLoad() {
    this.loadProducts()
  },

  onShow() {
    showCartBadge()
    this.setData({ counts: Object.fromEntries(this.data.products.map(p => [p.id, countOf(p.id)])) })
  },

  onPullDownRefresh() {
    this.loadProducts().finally(() => wx.stopPullDownRefresh())
  },

  loadProducts() {
    return api('/api/products').then(
      (products) => this.setData({ products, loading: false, counts: Object.fromEntries(products.map(p => [p.id, countOf(p.id)])) }),
      () => this.setData({ loading: false }),
    )
  },

  openProduct(product) {
    wx.navigateTo({
      url: `/pages/detail/detail?id=${product.id}`,
      events: {
        // The detail page reports back what it put in the cart.
        added: ({ id, count }) => this.setData({ [`counts.${id}`]: count }),
      },
      success: ({ eventChannel }) => eventChannel.emit('product', product),
    })
  },

  async findStore() {
    try {
      await wx.authorize({ scope: 'scope.userLocation' })
      const { latitude, longitude } = await wx.getLocation({ type: 'gcj02' })
      const store = await api('/api/stores/nearest', { data: { latitude, longitude } })
      this.setData({ store })
    }
    catch (error) {
      const message = (error && error.errMsg) || String(error && error.message)
      if (/auth deny/.test(message))
        wx.showModal({ title: 'Location is off', content: 'Allow location access to see the store nearest to you.', showCancel: false })
      else if (message.includes(':fail'))
        wx.showToast({ title: 'No location', icon: 'error' })
    }
  },

  render(container, data) {
    const store = el('div', 'section row',
      el('div', 'grow', data.store
        ? el('span', 'store', `Nearest store: ${data.store.name} (${data.store.distanceKm} km)`)
        : el('span', 'muted', 'Find the store nearest to you')),
      button('Nearest store', 'plain', () => this.findStore()))
    const list = el('div', 'products')
    for (const product of data.products) {
      const count = data.counts[product.id] || 0
      const card = el('button', 'product',
        productImage(product, 120),
        el('span', 'name', product.name),
        el('span', 'price', price(product.price)),
        count ? el('span', 'in-cart', `In cart: ${count}`) : null)
      card.type = 'button'
      card.dataset.id = product.id
      card.addEventListener('click', () => this.openProduct(product))
      list.append(card)
    }
    container.replaceChildren(store, data.loading ? el('div', 'empty', 'Loading…') : data.products.length ? list : el('div', 'empty', 'No products. Pull down to retry.'))
  },
})
