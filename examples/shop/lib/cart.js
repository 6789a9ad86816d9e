// The cart lives in storage ("cart": [{ id, name, price, image, count }]), so it survives reloads
// and is shared by every page.
const KEY = 'cart'
const CART_TAB = 2

export function readCart() {
  return wx.getStorageSync(KEY) || []
}

function writeCart(cart) {
  if (cart.length === 0) wx.removeStorageSync(KEY)
  else wx.setStorageSync(KEY, cart)
}

/** Adds `count` of `product`; returns how many of it the cart now holds. */
export function addToCart(product, count = 1) {
  const cart = readCart()
  let line = cart.find(item => item.id === product.id)
  if (!line) {
    line = { id: product.id, name: product.name, price: product.price, image: product.image, count: 0 }
    cart.push(line)
  }
  line.count += count
  writeCart(cart)
  return line.count
}

export function setCount(id, count) {
  const cart = readCart()
  writeCart(count > 0 ? cart.map(item => (item.id === id ? { ...item, count } : item)) : cart.filter(item => item.id !== id))
}

export function clearCart() {
  writeCart([])
}

export function countOf(id) {
  return readCart().find(item => item.id === id)?.count ?? 0
}

export function cartTotals(cart = readCart()) {
  return {
    count: cart.reduce((sum, item) => sum + item.count, 0),
    total: cart.reduce((sum, item) => sum + item.count * item.price, 0),
  }
}

/** The badge on the Cart tab; only a tab page may call it (elsewhere WeChat fails "not TabBar page"). */
export function showCartBadge() {
  const { count } = cartTotals()
  const ignore = () => {}
  if (count > 0) wx.setTabBarBadge({ index: CART_TAB, text: String(count), fail: ignore })
  else wx.removeTabBarBadge({ index: CART_TAB, fail: ignore })
}
