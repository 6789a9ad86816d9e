import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams, typeName } from '../internal/params'
import { h, label } from '../internal/ui-host'
import { imageSrc } from './image-src'
import { openViewer } from './viewer'

export interface MediaSource { url: string, type?: 'image' | 'video', poster?: string }

/**
 * `wx.previewMedia`: a full-screen viewer of images and videos (`sources[i].type`, default
 * image; a video shows its `poster` until played, with the browser's own controls). Swipe
 * (or ←/→) between sources starting at `current`; a tap outside a video, or Escape, closes
 * it and pauses nothing left behind. Only the visible source and its neighbours load; a
 * video that scrolls out of view is paused. Resolves once the viewer is shown. The web has
 * no album, so `showmenu`'s long-press menu is not offered.
 */
export const previewMedia = /* @__PURE__ */ defineAsync<{ sources: MediaSource[], current?: number, showmenu?: boolean, referrerPolicy?: string }>('previewMedia', (o) => {
  checkParams(o as unknown as Record<string, unknown>, { sources: 'Array', current: 'Number?', showmenu: 'Boolean?', referrerPolicy: 'String?' })
  const { sources } = o
  if (!sources.length) throw fail('parameter error: parameter.sources should not be empty')
  sources.forEach((source, i) => {
    const url = (source as MediaSource | undefined)?.url
    if (typeof url !== 'string') throw fail(`parameter error: parameter.sources[${i}].url should be String instead of ${typeName(url)};`)
  })
  const current = o.current ?? 0
  openViewer({
    kind: 'wx-pm',
    title: label('previewMedia.title', { 'zh-CN': '媒体预览', en: 'Media preview' }),
    urls: sources.map(source => source.url),
    start: current >= 0 && current < sources.length ? Math.floor(current) : 0,
    referrerPolicy: o.referrerPolicy,
    video: (i) => {
      const { type, poster } = sources[i]
      if (type !== 'video') return
      const video = h('video')
      video.controls = true
      video.playsInline = true
      video.preload = 'metadata'
      if (poster) video.poster = imageSrc(poster)
      return video
    },
  })
})
