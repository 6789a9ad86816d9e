// The page of the file/media e2e tests: the runtime's file and media areas on globalThis,
// and a button whose tap handler calls chooseImage (a real user activation).
import * as file from '../../runtime/file/index'
import * as media from '../../runtime/media/index'
import { configure } from '../../runtime/internal/config'
import { createTempFile } from '../../runtime/internal/temp-files'

declare global {
  // eslint-disable-next-line vars-on-top
  var wxFile: typeof file
  // eslint-disable-next-line vars-on-top
  var wxMedia: typeof media
  // eslint-disable-next-line vars-on-top
  var configure: (patch: Record<string, unknown>) => void
  // eslint-disable-next-line vars-on-top
  var chosen: Promise<unknown> | undefined
  // eslint-disable-next-line vars-on-top
  var createTempFile: (blob: Blob) => string
}

globalThis.wxFile = file
globalThis.wxMedia = media
globalThis.configure = configure as (patch: Record<string, unknown>) => void
globalThis.createTempFile = createTempFile

addEventListener('DOMContentLoaded', () => {
  const button = document.createElement('button')
  button.id = 'choose'
  button.textContent = 'choose'
  button.onclick = () => {
    globalThis.chosen = media.chooseImage({ count: 2 }).then(
      res => ({ errMsg: res.errMsg, sizes: res.tempFiles.map(f => f.size) }),
      (err: { errMsg: string }) => ({ errMsg: err.errMsg }),
    )
  }
  document.body.appendChild(button)
})
