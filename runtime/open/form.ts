import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { h } from '../internal/ui-host'
import { enqueue, showDialog, uniqueId } from './dialog'
import { ensurePrivacy } from './privacy'
import { type OpenRecord, readRecord, recordKey, updateRecord } from './store'
import { text } from './text'

export type Values = Record<string, string>

/** One form field: a text input, or a radio group when `options` is given. */
export interface Field {
  name: string
  /** The label (zh, en), translatable as `open.<form>.<key ?? name>`. */
  zh: string
  en: string
  key?: string
  required?: boolean
  inputMode?: string
  autocomplete?: AutoFill
  /** Checked on the trimmed value when there is one; then the message shown when it does not match (key, zh, en). */
  pattern?: [RegExp, key: string, zh: string, en: string]
  /** Only shown and checked while this holds for the current values. */
  when?: (values: Values) => boolean
  /** Radio options: the value, then its label (key, zh, en). */
  options?: Array<[value: string, key: string, zh: string, en: string]>
}

/** A field on screen; text fields have their input and error message. */
interface Row { field: Field, label: string, row: HTMLElement, gap: Comment, input?: HTMLInputElement, error?: HTMLElement }

/**
 * An accessible form dialog: labelled inputs, errors tied to their input with
 * aria-describedby and aria-invalid, focus on the first invalid field. Resolves with the
 * trimmed values (hidden fields ''), or undefined when the user cancels (button, Escape, mask).
 */
export function showForm(form: string, title: string, fields: Field[], initial: Values): Promise<Values | undefined> {
  return enqueue(async () => {
    const formText = (key: string, zh: string, en: string): string => text(`${form}.${key}`, zh, en)
    const rows = fields.map((field): Row => {
      const { name, options } = field
      const label = formText(field.key ?? name, field.zh, field.en)
      const gap = document.createComment(name)
      if (options) {
        const row = h('fieldset', 'wx-or')
        const group = uniqueId()
        row.setAttribute('role', 'radiogroup')
        row.setAttribute('aria-label', label)
        for (const [value, ...optionText] of options) {
          const option = h('label')
          const input = h('input')
          input.type = 'radio'
          input.name = group
          input.value = value
          input.checked = (initial[name] ?? options[0][0]) === value
          input.onchange = refresh
          option.append(input, formText(...optionText))
          row.append(option)
        }
        return { field, label, row, gap }
      }
      const row = h('label', 'wx-of', label)
      const input = h('input')
      const error = h('span', 'wx-oe')
      error.id = uniqueId()
      error.setAttribute('aria-live', 'polite')
      input.name = name
      input.value = initial[name] ?? ''
      input.required = !!field.required
      if (field.inputMode) input.inputMode = field.inputMode
      if (field.autocomplete) input.autocomplete = field.autocomplete
      input.setAttribute('aria-describedby', error.id)
      row.append(input, error)
      return { field, label, row, gap, input, error }
    })
    const values = (): Values => {
      const out: Values = {}
      for (const { field, row, input } of rows) out[field.name] = (input ?? row.querySelector<HTMLInputElement>(':checked'))?.value.trim() ?? ''
      return out
    }
    const shown = (field: Field, current: Values): boolean => !field.when || field.when(current)
    function refresh(): void {
      const current = values()
      // A hidden field leaves the DOM (a comment keeps its place): the focus trap then skips it.
      for (const { field, row, gap } of rows) {
        if (shown(field, current)) gap.replaceWith(row)
        else row.replaceWith(gap)
      }
    }
    const validate = (): boolean => {
      const current = values()
      let first: HTMLInputElement | undefined
      for (const { field, label, input, error } of rows) {
        if (!input || !error) continue
        const value = current[field.name]
        const pattern = field.pattern
        let message = ''
        if (shown(field, current)) {
          if (input.required && !value) message = text('required', `请填写${label}`, `${label} is required`)
          else if (value && pattern && !pattern[0].test(value)) message = formText(pattern[1], pattern[2], pattern[3])
        }
        error.textContent = message
        input.setAttribute('aria-invalid', String(!!message))
        if (message) first ??= input
      }
      first?.focus()
      return !first
    }
    const body = h('div')
    body.append(...rows.map(r => r.row))
    refresh()
    const ok = await showDialog(title, [body], [text('cancel', '取消', 'Cancel'), text('confirm', '确定', 'OK')], { mask: true, check: validate, focus: 'input' })
    if (!ok) return undefined
    const current = values()
    for (const { field } of rows) if (!shown(field, current)) current[field.name] = ''
    return current
  })
}

/** Mainland mobile, landline with area code, or an international number. */
export const PHONE = /^(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8}|\+\d{6,15})$/

/**
 * An API that shows a form prefilled with the last entry this user made (kept under
 * `record`; labels translatable as `open.<form>.<key>`), after the privacy gate; cancelling fails `<api>:fail cancel`. A confirmed entry
 * is remembered and `result` turns it into the success fields.
 */
export function defineForm<R extends object>(
  api: string,
  record: 'address' | 'invoiceTitle',
  form: string,
  [titleKey, zh, en]: [key: string, zh: string, en: string],
  fields: Field[],
  result: (values: Values) => R,
) {
  return defineAsync<object, R>(api, async () => {
    await ensurePrivacy(api)
    const key = recordKey()
    const values = await showForm(form, text(`${form}.${titleKey}`, zh, en), fields, readRecord(key)[record] ?? {})
    if (!values) throw fail('cancel')
    updateRecord((stored: OpenRecord) => {
      stored[record] = values
    }, key)
    return result(values)
  })
}
