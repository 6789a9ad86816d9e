// A tiny element helper for the pages' render functions (WXML is not compiled on the web, so each
// page draws its data with plain DOM calls; the runtime calls render again after every setData).
export function el(tag, className, ...children) {
  const node = document.createElement(tag)
  if (className) node.className = className
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child)
  }
  return node
}

export function button(text, className, onTap) {
  const node = el('button', className, text)
  node.type = 'button'
  node.addEventListener('click', onTap)
  return node
}

/** Prices are kept in cents, as the API sends them. */
export function price(cents) {
  return `¥${(cents / 100).toFixed(2)}`
}

export function productImage(product, size) {
  const img = el('img', 'thumb')
  img.src = product.image
  img.alt = product.name
  img.width = size
  img.height = size
  return img
}
