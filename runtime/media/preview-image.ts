import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { label } from '../internal/ui-host'
import { saveImageMenu } from './save-image-menu'
import { openViewer } from './viewer'

/**
 * `wx.previewImage`: a full-screen viewer in the UI host. Swipe (or ←/→) between `urls`,
 * starting at `current`; pinch or double-tap to zoom (drag to pan while zoomed); a single
 * tap or Escape closes it. With `showmenu` (default true) a long press opens a menu whose
 * "save image" downloads the image (the web has no album). Resolves once the viewer is shown.
 */
export const previewImage = /* @__PURE__ */ defineAsync<{ urls: string[], current?: string | number, showmenu?: boolean, referrerPolicy?: string }>('previewImage', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { urls: 'Array', current: 'String|Number?', showmenu: 'Boolean?', referrerPolicy: 'String?' })
  if (!o.urls.length) throw fail('parameter error: parameter.urls should not be empty')
  const urls = o.urls.map(String)
  let index = typeof o.current === 'number' ? o.current : urls.indexOf(o.current ?? '')
  if (index < 0 || index >= urls.length) index = 0
  openViewer({
    kind: 'wx-pv',
    title: label('preview.title', { 'zh-CN': '图片预览', en: 'Image preview' }),
    urls,
    start: index,
    referrerPolicy: o.referrerPolicy,
    zoom: true,
    menu: o.showmenu === false ? undefined : saveImageMenu,
  })
})
