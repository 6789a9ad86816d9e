import { type CallbackApi, defineAsync, defineSync } from '../internal/define'
import { unsupported } from '../internal/unsupported'
import { checkParams } from '../internal/params'
import { digestOf } from './digest'
import * as fd from './fd'
import * as ops from './ops'
import { readZipEntry, unzip, type ZipEntryRequest } from './unzip'
import { absorbForeignFiles, loadFileSystem, persisted, prepare } from './store'

/**
 * `wx.getFileSystemManager()`: one manager over the IndexedDB-backed file system. Async
 * methods (callback style; WeChat gives them no Promise form) wait for the stored files to
 * load and report success once the change is committed. `xxxSync` methods run on the
 * in-memory mirror at once (see store.ts for what that means before the load completes).
 */
type Options = Record<string, unknown>

function method<R extends object>(
  name: string,
  rules: Record<string, string>,
  paths: (o: Options) => Array<string | undefined>,
  body: (o: Options) => R | void | Promise<R | void>,
): CallbackApi<Options, R> {
  return defineAsync<Options, R>(name, async (o) => {
    checkParams(o, rules)
    await prepare(...paths(o))
    const result = await body(o)
    await persisted()
    return result
  }, false)
}

function sync<A extends unknown[], R>(name: string, names: string[], rules: Record<string, string>, body: (...args: A) => R): (...args: A) => R {
  return defineSync(name, (...args: A) => {
    checkParams(Object.fromEntries(names.map((key, i) => [key, args[i]])), rules)
    void loadFileSystem()
    absorbForeignFiles()
    return body(...args)
  })
}

const str = (o: Options, key: string): string => o[key] as string
const READ = { filePath: 'String', encoding: 'String?', position: 'Number?', length: 'Number?' }
const WRITE = { filePath: 'String', data: 'String|ArrayBuffer', encoding: 'String?' }
const READ_FD = { fd: 'String', arrayBuffer: 'ArrayBuffer', offset: 'Number?', length: 'Number?', position: 'Number|Null?' }
const WRITE_FD = { fd: 'String', data: 'String|ArrayBuffer', offset: 'Number?', length: 'Number?', position: 'Number|Null?', encoding: 'String?' }

function createManager() {
  return {
    readFile: method('readFile', READ, o => [str(o, 'filePath')], o => ({ data: ops.readFile(o as unknown as ops.ReadOptions) })),
    readFileSync: sync('readFileSync', ['filePath', 'encoding', 'position', 'length'], READ,
      (filePath: string, encoding?: string, position?: number, length?: number) => ops.readFile({ filePath, encoding, position, length })),
    writeFile: method('writeFile', WRITE, () => [], (o) => { ops.writeFile(o as unknown as ops.WriteOptions) }),
    writeFileSync: sync('writeFileSync', ['filePath', 'data', 'encoding'], WRITE,
      (filePath: string, data: string | ArrayBuffer, encoding?: string) => { ops.writeFile({ filePath, data, encoding }) }),
    appendFile: method('appendFile', WRITE, () => [], (o) => { ops.writeFile(o as unknown as ops.WriteOptions, true) }),
    appendFileSync: sync('appendFileSync', ['filePath', 'data', 'encoding'], WRITE,
      (filePath: string, data: string | ArrayBuffer, encoding?: string) => { ops.writeFile({ filePath, data, encoding }, true) }),
    unlink: method('unlink', { filePath: 'String' }, () => [], (o) => { ops.unlink(str(o, 'filePath')) }),
    unlinkSync: sync('unlinkSync', ['filePath'], { filePath: 'String' }, (filePath: string) => { ops.unlink(filePath) }),
    mkdir: method('mkdir', { dirPath: 'String', recursive: 'Boolean?' }, () => [], (o) => { ops.mkdir(str(o, 'dirPath'), o.recursive as boolean) }),
    mkdirSync: sync('mkdirSync', ['dirPath', 'recursive'], { dirPath: 'String', recursive: 'Boolean?' },
      (dirPath: string, recursive?: boolean) => { ops.mkdir(dirPath, recursive) }),
    rmdir: method('rmdir', { dirPath: 'String', recursive: 'Boolean?' }, () => [], (o) => { ops.rmdir(str(o, 'dirPath'), o.recursive as boolean) }),
    rmdirSync: sync('rmdirSync', ['dirPath', 'recursive'], { dirPath: 'String', recursive: 'Boolean?' },
      (dirPath: string, recursive?: boolean) => { ops.rmdir(dirPath, recursive) }),
    readdir: method('readdir', { dirPath: 'String' }, () => [], o => ({ files: ops.readdir(str(o, 'dirPath')) })),
    readdirSync: sync('readdirSync', ['dirPath'], { dirPath: 'String' }, (dirPath: string) => ops.readdir(dirPath)),
    stat: method('stat', { path: 'String', recursive: 'Boolean?' }, o => [str(o, 'path')], o => ({ stats: ops.stat(str(o, 'path'), o.recursive as boolean) })),
    statSync: sync('statSync', ['path', 'recursive'], { path: 'String', recursive: 'Boolean?' },
      (path: string, recursive?: boolean) => ops.stat(path, recursive)),
    access: method('access', { path: 'String' }, o => [str(o, 'path')], (o) => { ops.access(str(o, 'path')) }),
    accessSync: sync('accessSync', ['path'], { path: 'String' }, (path: string) => { ops.access(path) }),
    copyFile: method('copyFile', { srcPath: 'String', destPath: 'String' }, o => [str(o, 'srcPath')],
      (o) => { ops.copyFile(str(o, 'srcPath'), str(o, 'destPath')) }),
    copyFileSync: sync('copyFileSync', ['srcPath', 'destPath'], { srcPath: 'String', destPath: 'String' },
      (srcPath: string, destPath: string) => { ops.copyFile(srcPath, destPath) }),
    rename: method('rename', { oldPath: 'String', newPath: 'String' }, () => [], (o) => { ops.rename(str(o, 'oldPath'), str(o, 'newPath')) }),
    renameSync: sync('renameSync', ['oldPath', 'newPath'], { oldPath: 'String', newPath: 'String' },
      (oldPath: string, newPath: string) => { ops.rename(oldPath, newPath) }),
    saveFile: method('saveFile', { tempFilePath: 'String', filePath: 'String?' }, o => [str(o, 'tempFilePath')],
      o => ({ savedFilePath: ops.saveFile(str(o, 'tempFilePath'), o.filePath as string | undefined) })),
    saveFileSync: sync('saveFileSync', ['tempFilePath', 'filePath'], { tempFilePath: 'String', filePath: 'String?' },
      (tempFilePath: string, filePath?: string) => ops.saveFile(tempFilePath, filePath)),
    getFileInfo: method('getFileInfo', { filePath: 'String', digestAlgorithm: 'String?' }, o => [str(o, 'filePath')], async (o) => {
      const bytes = ops.fileBytes(str(o, 'filePath'))
      return { size: bytes.length, digest: await digestOf(bytes, o.digestAlgorithm as string | undefined) }
    }),
    open: method('open', { filePath: 'String', flag: 'String?' }, o => [str(o, 'filePath')], o => ({ fd: fd.open(str(o, 'filePath'), o.flag as string | undefined) })),
    openSync: sync('openSync', ['option'], { option: 'Object' }, (o: Options) => {
      checkParams(o, { filePath: 'String', flag: 'String?' })
      return fd.open(str(o, 'filePath'), o.flag as string | undefined)
    }),
    close: method('close', { fd: 'String' }, () => [], (o) => { fd.close(str(o, 'fd')) }),
    closeSync: sync('closeSync', ['option'], { option: 'Object' }, (o: Options) => {
      checkParams(o, { fd: 'String' })
      fd.close(str(o, 'fd'))
    }),
    fstat: method('fstat', { fd: 'String' }, () => [], o => ({ stats: fd.fstat(str(o, 'fd')) })),
    fstatSync: sync('fstatSync', ['option'], { option: 'Object' }, (o: Options) => {
      checkParams(o, { fd: 'String' })
      return fd.fstat(str(o, 'fd'))
    }),
    ftruncate: method('ftruncate', { fd: 'String', length: 'Number?' }, () => [], (o) => { fd.ftruncate(str(o, 'fd'), o.length as number | undefined) }),
    ftruncateSync: sync('ftruncateSync', ['option'], { option: 'Object' }, (o: Options) => {
      checkParams(o, { fd: 'String', length: 'Number?' })
      fd.ftruncate(str(o, 'fd'), o.length as number | undefined)
    }),
    truncate: method('truncate', { filePath: 'String', length: 'Number?' }, () => [], (o) => { fd.truncate(str(o, 'filePath'), o.length as number | undefined) }),
    truncateSync: sync('truncateSync', ['option'], { option: 'Object' }, (o: Options) => {
      checkParams(o, { filePath: 'String', length: 'Number?' })
      fd.truncate(str(o, 'filePath'), o.length as number | undefined)
    }),
    read: method('read', READ_FD, () => [], o => fd.read(o as unknown as fd.ReadArgs)),
    readSync: sync('readSync', ['option'], { option: 'Object' }, (o: Options) => {
      checkParams(o, READ_FD)
      return fd.read(o as unknown as fd.ReadArgs)
    }),
    write: method('write', WRITE_FD, () => [], o => fd.write(o as unknown as fd.WriteArgs)),
    writeSync: sync('writeSync', ['option'], { option: 'Object' }, (o: Options) => {
      checkParams(o, WRITE_FD)
      return fd.write(o as unknown as fd.WriteArgs)
    }),
    unzip: method('unzip', { zipFilePath: 'String', targetPath: 'String' }, o => [str(o, 'zipFilePath')],
      o => unzip(str(o, 'zipFilePath'), str(o, 'targetPath'))),
    readZipEntry: method('readZipEntry', { filePath: 'String', entries: 'Array|String', encoding: 'String?' }, o => [str(o, 'filePath')],
      async o => ({ entries: await readZipEntry(str(o, 'filePath'), o.entries as ZipEntryRequest[] | 'all', o.encoding as string | undefined) })),
    // Brotli has no DecompressionStream format in browsers: fails the wx way (`:fail not supported`).
    readCompressedFile: unsupported('readCompressedFile'),
    readCompressedFileSync: unsupported('readCompressedFileSync', 'sync'),
    getSavedFileList: method('getSavedFileList', {}, () => [], () => ({ fileList: ops.savedFiles() })),
    removeSavedFile: method('removeSavedFile', { filePath: 'String' }, () => [], (o) => { ops.removeSavedFile(str(o, 'filePath')) }),
  }
}

export type FileSystemManager = ReturnType<typeof createManager>
let manager: FileSystemManager | undefined

/** The one FileSystemManager; its first call starts loading the stored files. */
export const getFileSystemManager = /* @__PURE__ */ defineSync('getFileSystemManager', (): FileSystemManager => {
  void loadFileSystem()
  return (manager ??= createManager())
})
