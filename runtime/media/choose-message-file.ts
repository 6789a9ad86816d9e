import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { createTempFile } from '../internal/temp-files'
import { pickFiles } from './file-picker'

type FileKind = 'image' | 'video' | 'file'

export interface ChooseMessageFileOptions {
  count: number
  type?: 'all' | 'video' | 'image' | 'file'
  extension?: string[]
}

export interface ChosenFile { path: string, size: number, name: string, type: FileKind, time: number }

/** WeChat's picker offers at most 100 files. */
const MAX_COUNT = 100

/** What WeChat calls a file's type: image and video by MIME type, everything else is 'file'. */
function kindOf(file: File): FileKind {
  if (file.type.startsWith('image/')) return 'image'
  if (file.type.startsWith('video/')) return 'video'
  return 'file'
}

/**
 * `wx.chooseMessageFile`: the web has no chat history to pick from, so this opens the
 * browser's file picker instead (see file-picker.ts about user activation). `type` and
 * `extension` (honoured for `type: 'file'`, as WeChat does) set the picker's `accept` and
 * are enforced again on the chosen files (`'file'` without extensions excludes images and
 * videos, an extension list admits exactly its extensions), since a browser picker can be switched to "all
 * files"; choosing nothing that fits is a cancel. `count` (required) keeps the first files,
 * at most 100. Each result carries WeChat's ChooseFile fields; `time` is the file's
 * last-modified time in Unix seconds, the nearest the web has to the message's send time.
 */
export const chooseMessageFile = /* @__PURE__ */ defineAsync<ChooseMessageFileOptions, { tempFiles: ChosenFile[] }>('chooseMessageFile', async (o) => {
  checkParams(o as unknown as Record<string, unknown>, { count: 'Number', type: 'String?', extension: 'Array?' })
  if (o.count < 1) throw fail('parameter error: parameter.count should be greater than 0')
  const type = o.type ?? 'all'
  if (!['all', 'video', 'image', 'file'].includes(type)) throw fail(`parameter error: parameter.type should be one of all, video, image, file instead of ${type}`)
  const extensions = type === 'file' ? normalise(o.extension) : undefined
  const count = Math.min(o.count, MAX_COUNT)
  const accept = type === 'image' ? 'image/*' : type === 'video' ? 'video/*' : extensions ? extensions.map(e => `.${e}`).join(',') : ''
  const picked = await pickFiles(accept, count > 1)
  const files = picked.filter((file) => {
    const kind = kindOf(file)
    if (type === 'image' || type === 'video') return kind === type
    if (type === 'file') return extensions ? extensions.includes(extensionOf(file.name)) : kind === 'file'
    return true
  }).slice(0, count)
  if (!files.length) throw fail('cancel')
  return {
    tempFiles: files.map(file => ({ path: createTempFile(file), size: file.size, name: file.name, type: kindOf(file), time: Math.floor(file.lastModified / 1000) })),
  }
})

/** The extension list without leading dots, lower-cased; every entry must be a non-empty string. */
function normalise(list: unknown[] | undefined): string[] | undefined {
  if (!list?.length) return undefined
  return list.map((item, i) => {
    if (typeof item !== 'string' || !item.replace(/^\./, '')) throw fail(`parameter error: parameter.extension[${i}] should be a non-empty String`)
    return item.replace(/^\./, '').toLowerCase()
  })
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.')
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase()
}
