import { Page } from '../../../runtime/route/globals'

export const evaluated = { count: 0 }
evaluated.count++

Page({
  data: { lazy: true },
  onLoad(query) { (globalThis as Record<string, unknown>).__lazyQuery = query },
  render(el, data) { el.textContent = `lazy ${JSON.stringify(data)}` },
})
