import { h, themed, useStyle } from './ui-host'

/**
 * Modal layers (showModal, showActionSheet, the open-API dialogs): a dimmed mask that
 * takes every click, a dialog inside it, focus moved in and given back on close, Tab
 * trapped in the top layer and Escape routed to its `escape` handler. Layers stack: a
 * later one sits on top and the ones below are `inert` until it closes.
 */
interface Layer { wrap: HTMLElement, escape: () => void }
const stack: Layer[] = []

// The dialog palette (light, dark) and `.wx-b`, the shared button: flat, pressed tint,
// visible keyboard focus. Light values are WeChat's: cancel #000000, confirm #576B95.
const LAYER_CSS = /* @__PURE__ */ themed(
  '--wx-fg:#000;--wx-fg2:#00000080;--wx-bg:#fff;--wx-bg2:#f7f7f7;--wx-line:#0000001a;--wx-press:#ececec;--wx-ok:#576b95;--wx-mask:#0009',
  '--wx-fg:#fffc;--wx-fg2:#ffffff80;--wx-bg:#2c2c2c;--wx-bg2:#111;--wx-line:#ffffff14;--wx-press:#373737;--wx-ok:#7d90a9',
  '.wx-dim{background:var(--wx-mask);display:flex;align-items:center;justify-content:center;animation:wx-in var(--wx-t)}'
  + '.wx-b{border:0;margin:0;background:var(--wx-bg);font:inherit;color:var(--wx-fg);cursor:pointer;-webkit-tap-highlight-color:transparent}'
  + '.wx-b:active{background:var(--wx-press)}.wx-b:focus-visible{outline:2px solid var(--wx-ok);outline-offset:-3px}',
)

/** The focused element, looking through open shadow roots (ours included). */
export function deepActiveElement(): Element | null {
  let active = document.activeElement
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement
  return active
}

/**
 * Layers whose host was taken out of the document (a framework that re-renders <body>)
 * can no longer be answered: they settle the way Escape settles them, so no call hangs.
 */
function settleDetached(): void {
  for (const layer of [...stack]) if (!layer.wrap.isConnected) layer.escape()
}

function onKey(event: KeyboardEvent): void {
  settleDetached()
  const top = stack[stack.length - 1]
  // Escape during IME composition belongs to the input method, not to the dialog.
  if (!top || event.isComposing) return
  if (event.key === 'Escape') {
    top.escape()
  }
  else if (event.key === 'Tab') {
    // We move focus ourselves, so it can never leave the top dialog.
    const list = [...top.wrap.querySelectorAll<HTMLElement>('button,textarea,input')]
    const i = list.indexOf(deepActiveElement() as HTMLElement)
    const n = list.length
    list[event.shiftKey ? (i < 1 ? n - 1 : i - 1) : (i + 1) % n]?.focus()
  }
  else {
    return
  }
  event.preventDefault()
  event.stopPropagation()
}

/**
 * Shows `dialog` in a new layer and focuses `first` (or the dialog). `maskTap` runs on a
 * click on the mask itself. Returns `close`, which is idempotent.
 */
export function openLayer(dialog: HTMLElement, escape: () => void, first?: HTMLElement, maskTap?: () => void): () => void {
  settleDetached()
  const back = deepActiveElement() as HTMLElement | null
  const wrap = h('div', 'wx-mask wx-dim')
  const layer: Layer = { wrap, escape }
  if (maskTap) wrap.onclick = event => event.target === wrap && maskTap()
  dialog.setAttribute('aria-modal', 'true')
  dialog.tabIndex = -1
  wrap.appendChild(dialog)
  for (const below of stack) below.wrap.inert = true
  // Installed with the first layer and kept (adding it again is a no-op); with no layer
  // open it lets every key through.
  document.addEventListener('keydown', onKey, true)
  stack.push(layer)
  useStyle('wx-layer', LAYER_CSS).appendChild(wrap)
  ;(first ?? dialog).focus()
  return () => {
    const i = stack.indexOf(layer)
    if (i < 0) return
    stack.splice(i, 1)
    wrap.remove()
    if (stack.length) stack[stack.length - 1].wrap.inert = false
    if (back?.isConnected) back.focus?.()
  }
}

/**
 * A layer that answers with the button picked in `dialog` (a click or Enter on it), or
 * with nothing for Escape and, when `maskCancels`, for a tap on the mask.
 */
export function pickButton(dialog: HTMLElement, first?: HTMLElement, maskCancels?: boolean): Promise<HTMLButtonElement | undefined> {
  return new Promise((resolve) => {
    const answer = (button?: HTMLButtonElement): void => {
      close()
      resolve(button)
    }
    dialog.onclick = (event) => {
      if (event.target instanceof HTMLButtonElement) answer(event.target)
    }
    const close = openLayer(dialog, answer, first, maskCancels ? answer : undefined)
  })
}
