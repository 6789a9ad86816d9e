import { type CallbackApi, defineSync } from '../internal/define'
import { checkParams } from '../internal/params'
import { unsupported } from '../internal/unsupported'
import { defineFileApi, type Options, rulesOf } from './define-file-api'
import { fileInfo } from './digest'
import * as fd from './fd'
import * as ops from './ops'
import type { Stats } from './stats'
import { absorbForeignFiles, loadFileSystem } from './store'
import { readZipEntry, unzip, type ZipEntryResult } from './unzip'

/**
 * `wx.getFileSystemManager()`: one manager over the IndexedDB-backed file system. Async
 * methods (callback style; WeChat gives them no Promise form) wait for the stored files to
 * load and report success once the change is committed. `xxxSync` methods run on the
 * in-memory mirror at once (see store.ts for what that means before the load completes).
 *
 * Each method is one row: its parameters (`name:Type`, in the order of the Sync form's
 * arguments), the operation, and the key its value goes under in the async result (the
 * Sync form returns the value itself).
 */
type Methods = Record<string, [spec: string, operation: (options: any) => unknown, key?: string]>

const READ = 'filePath:String encoding:String? position:Number? length:Number?'
const WRITE = 'filePath:String data:String|ArrayBuffer encoding:String?'
const DIRECTORY = 'dirPath:String recursive:Boolean?'

/** Methods whose Sync form takes the fields as arguments: `readFileSync(filePath, encoding)`. */
const WITH_ARGUMENTS: Methods = {
  readFile: [READ, ops.readFile, 'data'],
  writeFile: [WRITE, ops.writeFile],
  appendFile: [WRITE, options => ops.writeFile(options, true)],
  unlink: ['filePath:String', ops.unlink],
  mkdir: [DIRECTORY, ops.mkdir],
  rmdir: [DIRECTORY, ops.rmdir],
  readdir: ['dirPath:String', ops.readdir, 'files'],
  stat: ['path:String recursive:Boolean?', ops.stat, 'stats'],
  access: ['path:String', ops.access],
  copyFile: ['srcPath:String destPath:String', ops.copyFile],
  rename: ['oldPath:String newPath:String', ops.rename],
  saveFile: ['tempFilePath:String filePath:String?', ops.saveFile, 'savedFilePath'],
}

/** The descriptor methods: their Sync form takes one options object, `openSync({ filePath })`. */
const WITH_OPTIONS: Methods = {
  open: ['filePath:String flag:String?', fd.open, 'fd'],
  close: ['fd:String', fd.close],
  fstat: ['fd:String', fd.fstat, 'stats'],
  ftruncate: ['fd:String length:Number?', fd.ftruncate],
  truncate: ['filePath:String length:Number?', fd.truncate],
  read: ['fd:String arrayBuffer:ArrayBuffer offset:Number? length:Number? position:Number|Null?', fd.read],
  write: ['fd:String data:String|ArrayBuffer offset:Number? length:Number? position:Number|Null? encoding:String?', fd.write],
}

const ASYNC_ONLY: Methods = {
  getFileInfo: ['filePath:String digestAlgorithm:String?', fileInfo],
  unzip: ['zipFilePath:String targetPath:String', unzip],
  readZipEntry: ['filePath:String entries:Array|String encoding:String?', readZipEntry, 'entries'],
  getSavedFileList: ['', ops.savedFiles, 'fileList'],
  removeSavedFile: ['filePath:String', ops.removeSavedFile],
}

function createManager(): FileSystemManager {
  const manager: Record<string, unknown> = {
    // Brotli has no DecompressionStream format in browsers: fails the wx way (`:fail not supported`).
    readCompressedFile: unsupported('readCompressedFile'),
    readCompressedFileSync: unsupported('readCompressedFileSync', 'sync'),
  }
  const add = (methods: Methods, syncTakesOptions?: boolean): void => {
    for (const [name, [spec, operation, key]] of Object.entries(methods)) {
      manager[name] = defineFileApi(name, spec, operation, key)
      if (syncTakesOptions === undefined) continue
      const rules = rulesOf(spec)
      manager[`${name}Sync`] = defineSync(`${name}Sync`, (...args: unknown[]) => {
        if (syncTakesOptions) checkParams({ option: args[0] }, { option: 'Object' })
        const options = syncTakesOptions ? args[0] as Options : Object.fromEntries(Object.keys(rules).map((field, i) => [field, args[i]]))
        checkParams(options, rules)
        void loadFileSystem()
        absorbForeignFiles()
        return operation(options)
      })
    }
  }
  add(WITH_ARGUMENTS, false)
  add(WITH_OPTIONS, true)
  add(ASYNC_ONLY)
  return manager as unknown as FileSystemManager
}

type Method<R = object> = CallbackApi<Options, R>
type Descriptor = Partial<fd.DescriptorOptions>

export interface FileSystemManager {
  readFile: Method<{ data: string | ArrayBuffer }>
  readFileSync: (filePath: string, encoding?: string, position?: number, length?: number) => string | ArrayBuffer
  writeFile: Method
  writeFileSync: (filePath: string, data: string | ArrayBuffer, encoding?: string) => void
  appendFile: Method
  appendFileSync: (filePath: string, data: string | ArrayBuffer, encoding?: string) => void
  unlink: Method
  unlinkSync: (filePath: string) => void
  mkdir: Method
  mkdirSync: (dirPath: string, recursive?: boolean) => void
  rmdir: Method
  rmdirSync: (dirPath: string, recursive?: boolean) => void
  readdir: Method<{ files: string[] }>
  readdirSync: (dirPath: string) => string[]
  stat: Method<{ stats: Stats | Array<{ path: string, stats: Stats }> }>
  statSync: (path: string, recursive?: boolean) => Stats | Array<{ path: string, stats: Stats }>
  access: Method
  accessSync: (path: string) => void
  copyFile: Method
  copyFileSync: (srcPath: string, destPath: string) => void
  rename: Method
  renameSync: (oldPath: string, newPath: string) => void
  saveFile: Method<{ savedFilePath: string }>
  saveFileSync: (tempFilePath: string, filePath?: string) => string
  getFileInfo: Method<{ size: number, digest: string }>
  open: Method<{ fd: string }>
  openSync: (options: Descriptor) => string
  close: Method
  closeSync: (options: Descriptor) => void
  fstat: Method<{ stats: Stats }>
  fstatSync: (options: Descriptor) => Stats
  ftruncate: Method
  ftruncateSync: (options: Descriptor) => void
  truncate: Method
  truncateSync: (options: Descriptor) => void
  read: Method<{ bytesRead: number, arrayBuffer: ArrayBuffer }>
  readSync: (options: Descriptor) => { bytesRead: number, arrayBuffer: ArrayBuffer }
  write: Method<{ bytesWritten: number }>
  writeSync: (options: Descriptor) => { bytesWritten: number }
  unzip: Method
  readZipEntry: Method<{ entries: ZipEntryResult }>
  readCompressedFile: (...args: unknown[]) => unknown
  readCompressedFileSync: (...args: unknown[]) => unknown
  getSavedFileList: Method<{ fileList: ops.SavedFile[] }>
  removeSavedFile: Method
}

let manager: FileSystemManager | undefined

/** The one FileSystemManager; its first call starts loading the stored files. */
export const getFileSystemManager = /* @__PURE__ */ defineSync('getFileSystemManager', (): FileSystemManager => {
  void loadFileSystem()
  return (manager ??= createManager())
})
