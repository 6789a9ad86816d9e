import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { checkParams } from '../internal/params'
import { digestOf } from './digest'
import * as ops from './ops'
import { persisted, prepare } from './store'

/**
 * The legacy global file APIs (wx.saveFile and friends), over the same store as
 * FileSystemManager.saveFile. They take the Promise form, as in WeChat.
 */
export const saveFile = /* @__PURE__ */ defineAsync<{ tempFilePath: string }, { savedFilePath: string }>('saveFile', async (o) => {
  checkParams(o, { tempFilePath: 'String' })
  await prepare(o.tempFilePath)
  const savedFilePath = ops.saveFile(o.tempFilePath)
  await persisted()
  return { savedFilePath }
})

export const getSavedFileList = /* @__PURE__ */ defineAsync<object, { fileList: ops.SavedFile[] }>('getSavedFileList', async () => {
  await prepare()
  return { fileList: ops.savedFiles() }
})

export const getSavedFileInfo = /* @__PURE__ */ defineAsync<{ filePath: string }, { size: number, createTime: number }>('getSavedFileInfo', async (o) => {
  checkParams(o, { filePath: 'String' })
  await prepare()
  const { size, createTime } = ops.savedFile(o.filePath)
  return { size, createTime }
})

export const removeSavedFile = /* @__PURE__ */ defineAsync<{ filePath: string }>('removeSavedFile', async (o) => {
  checkParams(o, { filePath: 'String' })
  await prepare()
  ops.removeSavedFile(o.filePath)
  await persisted()
})

export const getFileInfo = /* @__PURE__ */ defineAsync<{ filePath: string, digestAlgorithm?: string }, { size: number, digest: string }>('getFileInfo', async (o) => {
  checkParams(o, { filePath: 'String', digestAlgorithm: 'String?' })
  if (o.digestAlgorithm !== undefined && o.digestAlgorithm !== 'md5' && o.digestAlgorithm !== 'sha1') throw fail('invalid digestAlgorithm')
  await prepare(o.filePath)
  const bytes = ops.fileBytes(o.filePath)
  return { size: bytes.length, digest: await digestOf(bytes, o.digestAlgorithm) }
})
