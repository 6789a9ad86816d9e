import { h, label } from '../internal/ui-host'
import { enqueue, showDialog } from './dialog'

/** One form field: a text input, or a radio group when `options` is given. */
export interface Field {
  name: string
  label: string
  required?: boolean
  /** Checked on the trimmed value when there is one. */
  pattern?: RegExp
  /** Shown when `pattern` does not match. */
  invalid?: string
  /** Only shown and checked while this holds for the current values. */
  when?: (values: Record<string, string>) => boolean
  options?: Array<[value: string, text: string]>
  inputMode?: string
  autocomplete?: string
}

let seq = 0

/**
 * An accessible form dialog: labelled inputs, errors tied to their input with
 * aria-describedby and aria-invalid, focus on the first invalid field. Resolves with the
 * trimmed values, or undefined when the user cancels (button, Escape, mask).
 */
export function showForm(title: string, fields: Field[], initial: Record<string, string>): Promise<Record<string, string> | undefined> {
  return enqueue(async () => {
    const inputs = new Map<string, HTMLInputElement[]>()
    const errors = new Map<string, HTMLElement>()
    const rows = new Map<string, [row: HTMLElement, gap: Comment]>()
    const values = (): Record<string, string> => {
      const out: Record<string, string> = {}
      for (const [name, list] of inputs) {
        const input = list.length > 1 ? list.find(i => i.checked) : list[0]
        out[name] = (input?.value ?? '').trim()
      }
      return out
    }
    const refresh = (): void => {
      const current = values()
      // A hidden field leaves the DOM (a comment keeps its place): the focus trap then skips it.
      for (const f of fields) {
        const [row, gap] = rows.get(f.name)!
        const shown = f.when ? f.when(current) : true
        if (shown && !row.isConnected) gap.replaceWith(row)
        else if (!shown && row.isConnected) row.replaceWith(gap)
      }
    }
    const body = h('div')
    for (const f of fields) {
      const id = `wx-of-${++seq}`
      const error = h('span', 'wx-oe')
      error.id = `${id}-e`
      error.setAttribute('aria-live', 'polite')
      errors.set(f.name, error)
      let row: HTMLElement
      if (f.options) {
        row = h('fieldset', 'wx-or')
        row.setAttribute('role', 'radiogroup')
        row.setAttribute('aria-label', f.label)
        const list = f.options.map(([value, text]) => {
          const option = h('label')
          const input = h('input')
          input.type = 'radio'
          input.name = `${id}-${f.name}`
          input.value = value
          input.checked = (initial[f.name] ?? f.options![0][0]) === value
          input.onchange = refresh
          option.append(input, document.createTextNode(text))
          row.appendChild(option)
          return input
        })
        inputs.set(f.name, list)
      }
      else {
        row = h('label', 'wx-of', f.label)
        const input = h('input')
        input.name = f.name
        input.value = initial[f.name] ?? ''
        input.required = !!f.required
        input.setAttribute('aria-describedby', error.id)
        if (f.inputMode) input.inputMode = f.inputMode
        if (f.autocomplete) input.autocomplete = f.autocomplete as AutoFill
        row.append(input, error)
        inputs.set(f.name, [input])
      }
      rows.set(f.name, [row, document.createComment(f.name)])
      body.appendChild(row)
    }
    refresh()
    const validate = (): boolean => {
      const current = values()
      let first: HTMLInputElement | undefined
      for (const f of fields) {
        if (f.options) continue
        const input = inputs.get(f.name)![0]
        const value = current[f.name]
        const shown = f.when ? f.when(current) : true
        let message = ''
        if (shown && f.required && !value) message = label('open.required', { 'zh-CN': `请填写${f.label}`, 'en': `${f.label} is required` })
        else if (shown && value && f.pattern && !f.pattern.test(value)) message = f.invalid ?? f.label
        errors.get(f.name)!.textContent = message
        input.setAttribute('aria-invalid', String(!!message))
        if (message && !first) first = input
      }
      first?.focus()
      return !first
    }
    const value = await showDialog({
      title,
      content: [body],
      buttons: [
        { value: 'cancel', text: label('open.cancel', { 'zh-CN': '取消', 'en': 'Cancel' }) },
        { value: 'ok', text: label('open.confirm', { 'zh-CN': '确定', 'en': 'OK' }), primary: true },
      ],
      escape: 'cancel',
      maskTap: 'cancel',
      submit: 'ok',
      onChoose: choice => choice !== 'ok' || validate(),
      focus: panel => panel.querySelector('input') ?? undefined,
    })
    if (value !== 'ok') return undefined
    const current = values()
    for (const f of fields) if (f.when && !f.when(current)) current[f.name] = ''
    return current
  })
}

/** Mainland mobile, landline with area code, or an international number. */
export const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\+\d{6,15})$/
