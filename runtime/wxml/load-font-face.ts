import { defineAsync } from '../internal/define'
import { fail, reasonOf } from '../internal/fail'
import { checkParams } from '../internal/params'

/**
 * wx.loadFontFace over the CSS Font Loading API: the font is added to `document.fonts`,
 * so it applies to the whole document (WeChat's `global: true`; on the web a page-local
 * font has no separate scope). `source` is the CSS src text (`url("https://...")`) or a
 * bare URL, which is wrapped. Success gives `{ status: 'loaded' }`; a font that does not
 * load fails with `status: 'error'` and the browser's reason.
 */
export interface LoadFontFaceOptions {
  family: string
  source: string
  desc?: { style?: string, weight?: string, variant?: string }
  global?: boolean
  scopes?: unknown[]
}

function cssSource(source: string): string {
  const text = source.trim()
  return /^(url|local)\(/.test(text) ? text : `url("${text.replace(/["\\]/g, '\\$&')}")`
}

export const loadFontFace = /* @__PURE__ */ defineAsync<LoadFontFaceOptions, { status: string }>('loadFontFace', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { family: 'String', source: 'String', desc: 'Object?' })
  try {
    // No CSS Font Loading API fails like a font that does not load.
    if (typeof FontFace !== 'function') throw new Error('not supported')
    const face = new FontFace(o.family, cssSource(o.source), { ...o.desc })
    document.fonts.add(face)
    await face.load()
  }
  catch (error) {
    throw fail(reasonOf(error), undefined, { status: 'error' })
  }
  return { status: 'loaded' }
})
