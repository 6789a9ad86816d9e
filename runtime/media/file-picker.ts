import { fail } from '../internal/fail'


/** The attribute tests and tools use to find the pending picker's input. */
export const PICKER_ATTR = 'data-wx-h5-picker'

/**
 * Opens the browser's file picker through an `<input type=file>` and resolves with the files
 * chosen, or rejects with `fail('cancel')` on the input's `cancel` event.
 * Browsers open a file picker only during a user activation (a tap/click handler), so call
 * chooseImage / chooseMedia from one; otherwise the browser ignores the request and the call
 * stays pending until a file is supplied to the input (what test harnesses do with
 * `setInputFiles` / `userEvent.upload`) or the next picker replaces it (`fail cancel`).
 */
let pending: { input: HTMLInputElement, cancel: () => void } | undefined

export function pickFiles(accept: string, multiple: boolean, capture?: 'user' | 'environment'): Promise<File[]> {
  pending?.cancel()
  const input = document.createElement('input')
  input.type = 'file'
  input.accept = accept
  input.multiple = multiple
  if (capture) input.setAttribute('capture', capture)
  input.setAttribute(PICKER_ATTR, '')
  input.style.cssText = 'position:fixed;left:-9999px;width:1px;height:1px;opacity:0'
  document.body.appendChild(input)
  return new Promise<File[]>((resolve, reject) => {
    const done = (): void => {
      input.remove()
      if (pending?.input === input) pending = undefined
    }
    const cancel = (): void => {
      done()
      reject(fail('cancel'))
    }
    pending = { input, cancel }
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])]
      done()
      if (files.length) resolve(files)
      else reject(fail('cancel'))
    }, { once: true })
    input.addEventListener('cancel', cancel, { once: true })
    input.click()
  })
}

/**
 * chooseImage / chooseMedia / chooseVideo: at most `count` files (checked) of `accept`; a
 * camera-only `sourceType` asks the device camera directly (`camera: 'front'` the selfie one).
 */
export async function pickMedia(accept: string, count: number, sourceType?: string[], camera?: string): Promise<File[]> {
  if (count < 1) throw fail('parameter error: parameter.count should be greater than 0')
  const cameraOnly = sourceType && !sourceType.includes('album') && sourceType.includes('camera')
  const files = await pickFiles(accept, count > 1, cameraOnly ? (camera === 'front' ? 'user' : 'environment') : undefined)
  return files.slice(0, count)
}

/** Whether picked images are to be compressed (`sizeType`). */
export function wantsCompressed(sizeType: string[] | undefined): boolean {
  // With both allowed WeChat lets the user tick "original"; with no such toggle here we keep originals.
  return !!sizeType && sizeType.includes('compressed') && !sizeType.includes('original')
}
