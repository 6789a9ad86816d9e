import { h, label, useStyle } from '../internal/ui-host'
import { offerDownload } from './save-to-album'

/**
 * previewImage's long-press menu (the viewer opens it; previewMedia has none): shown in the
 * viewer's `mask` with classes `<kind>-menu`. "Save image" downloads the image shown at that
 * moment (`src()`); both buttons close the menu.
 */
export function saveImageMenu(kind: string, mask: HTMLElement, src: () => string): HTMLElement {
  useStyle(`${kind}-menu`, `.${kind}-menu{position:absolute;inset:auto 0 0;background:#fff;border-radius:12px 12px 0 0;padding-bottom:env(safe-area-inset-bottom);animation:wx-in var(--wx-t)}`
    + `.${kind}-menu button{display:block;width:100%;padding:16px;border:0;border-top:1px solid #0000001a;background:none;font:inherit;color:#000;cursor:pointer}`
    + `.${kind}-menu button:first-child{border-top:0}`)
  const menu = h('div', `${kind}-menu`)
  menu.setAttribute('role', 'menu')
  const save = h('button', '', label('preview.save', { 'zh-CN': '保存图片', en: 'Save image' }))
  const cancel = h('button', '', label('preview.cancel', { 'zh-CN': '取消', en: 'Cancel' }))
  save.setAttribute('role', 'menuitem')
  cancel.setAttribute('role', 'menuitem')
  save.onclick = () => {
    const url = src()
    offerDownload(url, url, `image-${Date.now()}`)
    menu.remove()
  }
  cancel.onclick = () => menu.remove()
  // Taps inside the menu are the menu's, not the viewer's.
  menu.addEventListener('pointerdown', e => e.stopPropagation())
  menu.addEventListener('pointerup', e => e.stopPropagation())
  menu.append(save, cancel)
  mask.appendChild(menu)
  save.focus()
  return menu
}
