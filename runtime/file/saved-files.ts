import type { AsyncApi } from '../internal/define'
import { fail } from '../internal/fail'
import { defineFileApi, defineSavedFileApi } from './define-file-api'
import { fileInfo } from './digest'
import { type SavedFile, removeSavedFile as remove, saveFile as save, savedFile, savedFiles } from './ops'

/**
 * The legacy global file APIs (wx.saveFile and friends), over the same store as
 * FileSystemManager.saveFile. They take the Promise form, as in WeChat.
 */
export const saveFile = /* @__PURE__ */ defineFileApi('saveFile', 'tempFilePath:String',
  // No filePath here: the legacy API always keeps the file in the saved-file store.
  ({ tempFilePath }: { tempFilePath: string }) => save({ tempFilePath }), 'savedFilePath', 'write') as AsyncApi<{ tempFilePath: string }, { savedFilePath: string }>

export const getSavedFileList = /* @__PURE__ */ defineSavedFileApi('getSavedFileList', '', savedFiles, 'fileList', 'read') as AsyncApi<object, { fileList: SavedFile[] }>

export const getSavedFileInfo = /* @__PURE__ */ defineSavedFileApi('getSavedFileInfo', 'filePath:String', ({ filePath }: { filePath: string }) => {
  const { size, createTime } = savedFile(filePath)
  return { size, createTime }
}, undefined, 'read') as AsyncApi<{ filePath: string }, { size: number, createTime: number }>

export const removeSavedFile = /* @__PURE__ */ defineSavedFileApi('removeSavedFile', 'filePath:String', remove, undefined, 'write') as AsyncApi<{ filePath: string }, object>

export const getFileInfo = /* @__PURE__ */ defineFileApi('getFileInfo', 'filePath:String digestAlgorithm:String?', (options: { filePath: string, digestAlgorithm?: string }) => {
  // Only md5 and sha1 here (the manager's getFileInfo also takes sha256).
  if (options.digestAlgorithm !== undefined && options.digestAlgorithm !== 'md5' && options.digestAlgorithm !== 'sha1') throw fail('invalid digestAlgorithm')
  return fileInfo(options)
}, undefined, 'read') as AsyncApi<{ filePath: string, digestAlgorithm?: string }, { size: number, digest: string }>
