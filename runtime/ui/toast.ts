import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { uiRoot } from '../internal/ui-host'
import { iconMarkup, ICON_PATHS } from './icons'

/**
 * showToast / showLoading share one slot, as in WeChat: whichever is shown replaces the
 * other. Both succeed as soon as they are on screen (not when they go away), so a toast
 * replaced by another has already settled. The toast hides itself after `duration`
 * (setTimeout); the loading stays until hideLoading/hideToast or a replacement.
 * Module variables rather than a slot object: they minify to single letters.
 */
type Kind = 'toast' | 'loading'
let shown: HTMLElement | undefined
let shownKind: Kind
let timer: ReturnType<typeof setTimeout> | undefined

// Dark translucent box, centred; `.wx-tx` is the text-only form (icon none), up to two lines.
// Its light and dark background, `--wx-tb`, is part of the base theme (ui-host.ts).
const TOAST_CSS = '.wx-toast{position:fixed;left:50%;top:45%;transform:translate(-50%,-50%);width:100px;min-height:84px;padding:22px 10px 14px;border-radius:8px;background:var(--wx-tb);color:#ffffffe6;text-align:center;font-size:14px;animation:wx-in var(--wx-t)}'
  + '.wx-ti{display:block;width:44px;height:44px;margin:0 auto 10px;fill:none;stroke:currentColor;stroke-width:1.6;stroke-linecap:round;object-fit:contain}'
  // Five times the motion time: a 1 s turn, or standing still under reduced motion.
  + '.wx-spin{animation:wx-rot calc(var(--wx-t)*5) linear infinite}@keyframes wx-rot{to{transform:rotate(1turn)}}'
  + '.wx-tt{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}'
  + '.wx-tx{width:auto;min-height:0;max-width:min(300px,80vw);padding:12px 16px}'
  + '.wx-tx .wx-tt{white-space:normal;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}'

function clearSlot(): void {
  clearTimeout(timer)
  shown?.remove()
  shown = undefined
}

function show(kind: Kind, title: string, icon: string, image?: string, mask?: unknown, duration?: number): void {
  clearSlot()
  const layer = shown = uiRoot().appendChild(document.createElement('div'))
  shownKind = kind
  // With mask, the layer is a transparent full-viewport box that swallows clicks.
  if (mask) layer.className = 'wx-mask'
  // Constant markup (the toast's own stylesheet, class names, table icons); the caller's
  // title and image go in below through textContent and src. role=status is a polite
  // live region by definition.
  layer.innerHTML = `<style>${TOAST_CSS}</style><div class="wx-toast${image || icon !== 'none' ? '' : ' wx-tx'}" role="status">${
    image ? '<img class="wx-ti" alt="">' : icon === 'none' ? '' : iconMarkup(icon)
  }<div class="wx-tt"></div></div>`
  layer.querySelector('.wx-tt')!.textContent = title
  if (image) layer.querySelector('img')!.src = image
  // setTimeout fires at once past 2^31-1 ms (Infinity included): clamp, so huge stays huge.
  if (duration !== undefined) timer = setTimeout(clearSlot, Math.min(duration, 2 ** 31 - 1))
}

/**
 * hideToast / hideLoading close whatever the slot shows. With `noConflict: true` (2.22.1)
 * each closes only its own kind: hideToast leaves a loading alone, hideLoading leaves a
 * toast. Nothing to close fails as the client does: `<api>:fail:toast can't be found`.
 */
function hide(kind: Kind, noConflict: unknown): void {
  if (!shown || (noConflict && shownKind !== kind)) throw fail(':toast can\'t be found')
  clearSlot()
}

export interface ShowToastOptions { title?: string, icon?: 'success' | 'error' | 'loading' | 'none', image?: string, duration?: number, mask?: boolean }
export interface ShowLoadingOptions { title?: string, mask?: boolean }
export interface HideOptions { noConflict?: boolean }

export const showToast = /* @__PURE__ */ defineAsync<ShowToastOptions>('showToast', (o) => {
  checkParams(o as Record<string, unknown>, { title: 'String', icon: 'String?', image: 'String?', duration: 'Number?' })
  // An icon wx does not know falls back to the default, as the client does.
  show('toast', o.title!, o.icon === 'none' || typeof ICON_PATHS[o.icon!] == 'string' ? o.icon! : 'success', o.image, o.mask, o.duration ?? 1500)
})

export const showLoading = /* @__PURE__ */ defineAsync<ShowLoadingOptions>('showLoading', (o) => {
  checkParams(o as Record<string, unknown>, { title: 'String' })
  show('loading', o.title!, 'loading', undefined, o.mask)
})

export const hideToast = /* @__PURE__ */ defineAsync<HideOptions>('hideToast', o => hide('toast', o.noConflict))

export const hideLoading = /* @__PURE__ */ defineAsync<HideOptions>('hideLoading', o => hide('loading', o.noConflict))
