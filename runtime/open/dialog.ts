import { h, useStyle } from '../internal/ui-host'
import { openLayer } from '../internal/ui-layer'

/**
 * The open area's dialogs (authorization, privacy, settings, address and invoice forms):
 * a bottom sheet in the shared modal layer (mask, focus trap, Escape, focus given back).
 * The last button is the primary one; Enter in a field picks it too. No `<form>` submission:
 * it is blocked in sandboxed frames (allow-forms missing), where the dialogs must still work.
 */
export interface DialogOptions {
  /** A tap on the mask answers like Escape; without it the mask does nothing. */
  mask?: boolean
  /** Runs before the primary button answers; false keeps the dialog open (a form that does not validate). */
  check?: () => boolean
  /** Selector of the element focused first; default: the first button. */
  focus?: string
}

const DIALOG_CSS = '.wx-od{position:fixed;inset:auto 0 0;margin:0 auto;max-width:480px;max-height:90vh;overflow:auto;box-sizing:border-box;padding:24px 24px calc(20px + env(safe-area-inset-bottom));border-radius:12px 12px 0 0;background:var(--wx-bg);color:var(--wx-fg);animation:wx-up var(--wx-t)}'
  + '@keyframes wx-up{from{transform:translateY(100%)}}'
  + '.wx-oh{margin:0 0 16px;font-size:17px;font-weight:600}'
  + '.wx-ot{margin:0 0 8px;color:var(--wx-fg2);font-size:15px}'
  + '.wx-os{margin:0 0 8px}'
  + '.wx-oa{display:flex;gap:12px;justify-content:center;margin-top:24px}'
  + '.wx-ob{flex:0 1 160px;padding:10px 16px;border-radius:8px;background:var(--wx-bg2);font-weight:600}'
  + '.wx-ob.wx-op{background:#07c160;color:#fff}'
  + '.wx-ol{border:0;padding:0;background:none;font:inherit;color:var(--wx-ok);cursor:pointer;text-decoration:underline}'
  + '.wx-of{display:block;margin:0 0 12px;font-size:15px}'
  + '.wx-of input{display:block;width:100%;box-sizing:border-box;margin-top:4px;padding:8px 10px;border:1px solid var(--wx-line);border-radius:6px;background:var(--wx-bg2);color:var(--wx-fg);font:inherit}'
  + '.wx-of input[aria-invalid=true]{border-color:#fa5151}'
  + '.wx-oe{display:block;color:#fa5151;font-size:13px}'
  + '.wx-or{display:flex;gap:16px;margin:0 0 12px;border:0;padding:0}'
  + '.wx-ow{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 0;border-bottom:1px solid var(--wx-line)}'
  + '.wx-sw{flex:none;width:52px;height:32px;border-radius:16px;position:relative;background:var(--wx-line)}'
  + '.wx-sw::after{content:"";position:absolute;top:2px;left:2px;width:28px;height:28px;border-radius:50%;background:#fff;transition:left var(--wx-t)}'
  + '.wx-sw[aria-checked=true]{background:#07c160}.wx-sw[aria-checked=true]::after{left:22px}'

let seq = 0

/** A fresh element id for the dialogs' aria references (labels, error messages, radio groups). */
export function uniqueId(): string {
  return `wx-o${++seq}`
}

/**
 * Shows a dialog and resolves true when the primary button (or Enter in a field) closed it,
 * false for any other button, Escape or the mask.
 */
export function showDialog(title: string, content: Node[], buttons: string[], options: DialogOptions = {}): Promise<boolean> {
  return new Promise((resolve) => {
    useStyle('wx-open', DIALOG_CSS)
    const panel = h('div', 'wx-od')
    const heading = h('h2', 'wx-oh', title)
    const row = h('div', 'wx-oa')
    heading.id = uniqueId()
    panel.setAttribute('role', 'dialog')
    panel.setAttribute('aria-labelledby', heading.id)
    panel.append(heading, ...content, row)
    let close = (): void => {}
    const answer = (primary: boolean): void => {
      if (primary && options.check?.() === false) return
      close()
      resolve(primary)
    }
    buttons.forEach((text, i) => {
      const primary = i === buttons.length - 1
      const button = h('button', primary ? 'wx-b wx-ob wx-op' : 'wx-b wx-ob', text)
      button.type = 'button'
      button.onclick = () => answer(primary)
      row.append(button)
    })
    // The layer's mask handler (`onclick = e => e.target === wrap && …`) returns false for
    // clicks inside the dialog, which cancels them: radio buttons would never check.
    panel.onclick = event => event.stopPropagation()
    panel.onkeydown = (event) => {
      if (event.key !== 'Enter' || (event.target as Element).tagName !== 'INPUT') return
      event.preventDefault()
      answer(true)
    }
    const first = (options.focus && panel.querySelector<HTMLElement>(options.focus)) || row.firstChild as HTMLElement
    const refuse = (): void => answer(false)
    close = openLayer(panel, refuse, first, options.mask ? refuse : undefined)
  })
}

let queue: Promise<unknown> = Promise.resolve()

/** Runs dialogs one after another: a second question waits until the first is answered. */
export function enqueue<T>(task: () => Promise<T>): Promise<T> {
  const run = queue.then(task, task)
  queue = run.catch(() => undefined)
  return run
}

/** A paragraph of secondary text. */
export function note(text: string): HTMLElement {
  return h('p', 'wx-ot', text)
}
