// Search tab: categories and a name search, both answered by the API server.
import { api } from '../../lib/api.js'
import { showCartBadge } from '../../lib/cart.js'
import { button, el, price, productImage } from '../../lib/dom.js'

Page({
  data: {
    categories: [],
    active: '',
    query: '',
    products: [],
    status: 'idle',
  },

  onLoad() {
    api('/api/categories').then((categories) => {
      this.setData({ categories })
      if (categories.length) this.pick(categories[0].id)
    }, () => this.setData({ status: 'failed' }))
  },

  onShow() {
    showCartBadge()
  },

  pick(category) {
    this.setData({ active: category, query: '', status: 'loading' })
    this.load({ category })
  },

  search(query) {
    this.setData({ active: '', query, status: 'loading' })
    this.load({ q: query })
  },

  load(data) {
    api('/api/products', { data }).then(
      products => this.setData({ products, status: 'done' }),
      () => this.setData({ status: 'failed' }),
    )
  },

  open(product) {
    wx.navigateTo({
      url: `/pages/detail/detail?id=${product.id}`,
      success: ({ eventChannel }) => eventChannel.emit('product', product),
    })
  },

  render(container, data) {
    const input = el('input')
    input.type = 'search'
    input.placeholder = 'Search products'
    input.value = data.query
    const form = el('form', 'search', input, el('button', 'primary', 'Search'))
    form.addEventListener('submit', (event) => {
      event.preventDefault()
      this.search(input.value.trim())
    })
    const chips = el('div', 'chips', ...data.categories.map(c => button(c.name, `chip${c.id === data.active ? ' active' : ''}`, () => this.pick(c.id))))
    let results
    if (data.status === 'failed') results = el('div', 'empty', 'Could not load products.')
    else if (data.status === 'done' && data.products.length === 0) results = el('div', 'empty', `Nothing matches "${data.query}".`)
    else {
      results = el('div', 'section')
      for (const product of data.products) {
        const line = el('div', 'line', productImage(product, 48), el('span', 'grow', product.name), el('span', 'price', price(product.price)))
        line.dataset.id = product.id
        line.addEventListener('click', () => this.open(product))
        results.append(line)
      }
    }
    container.replaceChildren(form, chips, results)
  },
})
