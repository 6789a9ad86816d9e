import { h, useStyle } from '../internal/ui-host'
import { openLayer } from '../internal/ui-layer'

/**
 * The open area's dialogs (authorization, privacy, settings, address and invoice forms):
 * a bottom sheet in the shared modal layer (mask, focus trap, Escape, focus given back).
 * Every button reports a `value`; Enter in a field picks `submit`. No `<form>` submission:
 * it is blocked in sandboxed frames (allow-forms missing), where the dialogs must still work.
 */
export interface DialogButton { value: string, text: string, primary?: boolean }
export interface DialogSpec {
  title: string
  content?: HTMLElement[]
  buttons: DialogButton[]
  /** Value reported for Escape. */
  escape: string
  /** Value reported for a tap on the mask; without it the mask does nothing. */
  maskTap?: string
  /** Value of the submit button (Enter in a field); default: none. */
  submit?: string
  /** Return false to keep the dialog open (a form that does not validate). */
  onChoose?: (value: string) => boolean | void
  /** Element focused first; default: the first button. */
  focus?: (panel: HTMLElement) => HTMLElement | undefined
}

const DIALOG_CSS = '.wx-od{position:fixed;left:0;right:0;bottom:0;margin:0 auto;max-width:480px;max-height:90vh;overflow:auto;box-sizing:border-box;padding:24px 24px calc(20px + env(safe-area-inset-bottom));border-radius:12px 12px 0 0;background:var(--wx-bg);color:var(--wx-fg);animation:wx-up var(--wx-t)}'
  + '@keyframes wx-up{from{transform:translateY(100%)}}'
  + '.wx-oh{margin:0 0 16px;font-size:17px;font-weight:600}'
  + '.wx-ot{margin:0 0 8px;color:var(--wx-fg2);font-size:15px}'
  + '.wx-os{margin:0 0 8px;font-size:17px}'
  + '.wx-oa{display:flex;gap:12px;justify-content:center;margin-top:24px}'
  + '.wx-ob{flex:0 1 160px;padding:10px 16px;border-radius:8px;background:var(--wx-bg2);font-weight:600}'
  + '.wx-ob.wx-op{background:#07c160;color:#fff}'
  + '.wx-ol{border:0;padding:0;background:none;font:inherit;color:var(--wx-ok);cursor:pointer;text-decoration:underline}'
  + '.wx-of{display:block;margin:0 0 12px;font-size:15px}'
  + '.wx-of input{display:block;width:100%;box-sizing:border-box;margin-top:4px;padding:8px 10px;border:1px solid var(--wx-line);border-radius:6px;background:var(--wx-bg2);color:var(--wx-fg);font:inherit}'
  + '.wx-of input[aria-invalid=true]{border-color:#fa5151}'
  + '.wx-oe{display:block;color:#fa5151;font-size:13px;min-height:0}'
  + '.wx-or{display:flex;gap:16px;margin:0 0 12px;border:0;padding:0}'
  + '.wx-ow{display:flex;align-items:center;justify-content:space-between;gap:12px;padding:12px 0;border-bottom:1px solid var(--wx-line)}'
  + '.wx-sw{flex:none;width:52px;height:32px;border-radius:16px;position:relative;background:var(--wx-line)}'
  + '.wx-sw::after{content:"";position:absolute;top:2px;left:2px;width:28px;height:28px;border-radius:50%;background:#fff;transition:left var(--wx-t)}'
  + '.wx-sw[aria-checked=true]{background:#07c160}.wx-sw[aria-checked=true]::after{left:22px}'

let seq = 0

/** Shows a dialog and resolves with the value of the button (or key) that closed it. */
export function showDialog(spec: DialogSpec): Promise<string> {
  return new Promise((resolve) => {
    useStyle('wx-open', DIALOG_CSS)
    const panel = h('div', 'wx-od')
    panel.setAttribute('role', 'dialog')
    const title = h('h2', 'wx-oh', spec.title)
    title.id = `wx-od-${++seq}`
    panel.setAttribute('aria-labelledby', title.id)
    panel.append(title, ...(spec.content ?? []))
    const row = h('div', 'wx-oa')
    let close = (): void => {}
    const choose = (value: string): void => {
      if (spec.onChoose?.(value) === false) return
      close()
      resolve(value)
    }
    for (const b of spec.buttons) {
      const button = h('button', b.primary ? 'wx-b wx-ob wx-op' : 'wx-b wx-ob', b.text)
      button.type = 'button'
      button.value = b.value
      button.onclick = () => choose(b.value)
      row.appendChild(button)
    }
    panel.appendChild(row)
    // The layer's mask handler (`onclick = e => e.target === wrap && …`) returns false for
    // clicks inside the dialog, which cancels them: radio buttons would never check.
    panel.onclick = event => event.stopPropagation()
    panel.onkeydown = (event) => {
      if (event.key !== 'Enter' || spec.submit === undefined || (event.target as Element).tagName !== 'INPUT') return
      event.preventDefault()
      choose(spec.submit)
    }
    const first = spec.focus?.(panel) ?? row.querySelector('button') ?? undefined
    close = openLayer(panel, () => choose(spec.escape), first, spec.maskTap === undefined ? undefined : () => choose(spec.maskTap!))
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
