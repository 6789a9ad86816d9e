// The file area's wx APIs, as named exports.
export { getFileSystemManager } from './file-system-manager'
export { openDocument } from './open-document'
export { env } from './paths'
export { getFileInfo, getSavedFileInfo, getSavedFileList, removeSavedFile, saveFile } from './saved-files'
