import { afterEach, describe, expect, it } from 'vitest'
import { hideKeyboard } from '../../../runtime/ui'

afterEach(() => {
  document.body.replaceChildren()
})

function add<T extends HTMLElement>(el: T, parent: Node = document.body): T {
  parent.appendChild(el)
  return el
}

function countBlurs(el: HTMLElement): () => number {
  let n = 0
  el.addEventListener('blur', () => n++)
  return () => n
}

describe('hideKeyboard', () => {
  it('blurs a focused text input, firing blur once, and succeeds', async () => {
    const input = add(document.createElement('input'))
    input.focus()
    const blurs = countBlurs(input)
    expect(await hideKeyboard()).toEqual({ errMsg: 'hideKeyboard:ok' })
    expect(document.activeElement).toBe(document.body)
    expect(blurs()).toBe(1)
  })

  it('blurs textareas and contenteditable elements, and inputs inside shadow roots', async () => {
    const textarea = add(document.createElement('textarea'))
    textarea.focus()
    await hideKeyboard()
    expect(document.activeElement).toBe(document.body)

    const editable = add(document.createElement('div'))
    editable.contentEditable = 'true'
    editable.focus()
    expect(document.activeElement).toBe(editable)
    await hideKeyboard()
    expect(document.activeElement).toBe(document.body)

    const host = add(document.createElement('div'))
    const shadow = host.attachShadow({ mode: 'open' })
    const inner = add(document.createElement('input'), shadow)
    inner.focus()
    expect(shadow.activeElement).toBe(inner)
    await hideKeyboard()
    expect(shadow.activeElement).toBeNull()
    expect(document.activeElement).toBe(document.body)
  })

  it('leaves focus on controls that bring up no keyboard', async () => {
    const box = add(document.createElement('input'))
    box.type = 'checkbox'
    box.focus()
    const button = add(document.createElement('button'))
    expect(await hideKeyboard()).toEqual({ errMsg: 'hideKeyboard:ok' })
    expect(document.activeElement).toBe(box)
    button.focus()
    await hideKeyboard()
    expect(document.activeElement).toBe(button)
  })

  it('succeeds with nothing focused; callbacks success then complete, once each', async () => {
    expect(document.activeElement).toBe(document.body)
    const calls: string[] = []
    const res = await new Promise((resolve) => {
      hideKeyboard({
        success: (r: unknown) => calls.push(`success ${JSON.stringify(r)}`),
        fail: () => calls.push('fail'),
        complete: (r: unknown) => { calls.push('complete'); resolve(r) },
      } as never)
    })
    expect(calls).toEqual(['success {"errMsg":"hideKeyboard:ok"}', 'complete'])
    expect(res).toEqual({ errMsg: 'hideKeyboard:ok' })
  })
})
