import { beforeAll, describe, expect, it } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { createTempFile } from '../../../runtime/internal/temp-files'
import { env, getFileSystemManager } from '../../../runtime/file'
import { freshDatabase, makeZip, run, thrown } from './helpers'

const USR = env.USER_DATA_PATH
const APP = 'fs-test'

beforeAll(async () => {
  await freshDatabase(APP)
  configure({ appId: APP })
})

describe('env and the manager', () => {
  it('USER_DATA_PATH is wxfile://usr and the manager is a singleton', () => {
    expect(env).toEqual({ USER_DATA_PATH: 'wxfile://usr' })
    expect(getFileSystemManager()).toBe(getFileSystemManager())
  })

  it('async methods are callback style: no Promise, success then complete', async () => {
    const fs = getFileSystemManager()
    const out = await run(fs.writeFile, { filePath: `${USR}/cb.txt`, data: 'x' })
    expect(out.calls).toEqual(['success', 'complete'])
    expect(out.res).toEqual({ errMsg: 'writeFile:ok' })
    expect(out.returned).toBeUndefined()
  })
})

describe('readFile / writeFile / appendFile', () => {
  it('round-trips utf8 and reads an ArrayBuffer without encoding', async () => {
    const fs = getFileSystemManager()
    await run(fs.writeFile, { filePath: `${USR}/a.txt`, data: '你好 wx', encoding: 'utf8' })
    const text = await run(fs.readFile, { filePath: `${USR}/a.txt`, encoding: 'utf8' })
    expect(text.res).toEqual({ errMsg: 'readFile:ok', data: '你好 wx' })
    const raw = await run(fs.readFile, { filePath: `${USR}/a.txt` })
    expect(raw.res.data).toBeInstanceOf(ArrayBuffer)
    expect(new TextDecoder().decode(raw.res.data)).toBe('你好 wx')
  })

  it('encodes and decodes base64, hex, latin1, binary, ascii and ucs2', () => {
    const fs = getFileSystemManager()
    const path = `${USR}/enc.bin`
    fs.writeFileSync(path, 'AAEC/w==', 'base64')
    expect([...new Uint8Array(fs.readFileSync(path) as ArrayBuffer)]).toEqual([0, 1, 2, 255])
    expect(fs.readFileSync(path, 'hex')).toBe('000102ff')
    expect(fs.readFileSync(path, 'base64')).toBe('AAEC/w==')
    expect(fs.readFileSync(path, 'latin1')).toBe('\x00\x01\x02\xff')
    expect(fs.readFileSync(path, 'binary')).toBe('\x00\x01\x02\xff')
    expect(fs.readFileSync(path, 'ascii')).toBe('\x00\x01\x02\x7f')
    fs.writeFileSync(path, 'cafe', 'hex')
    expect([...new Uint8Array(fs.readFileSync(path) as ArrayBuffer)]).toEqual([0xca, 0xfe])
    fs.writeFileSync(path, 'Aé', 'ucs2')
    expect([...new Uint8Array(fs.readFileSync(path) as ArrayBuffer)]).toEqual([0x41, 0, 0xe9, 0])
    expect(fs.readFileSync(path, 'utf16le')).toBe('Aé')
    const buffer = new Uint8Array([9, 8, 7]).buffer
    fs.writeFileSync(path, buffer)
    expect([...new Uint8Array(fs.readFileSync(path) as ArrayBuffer)]).toEqual([9, 8, 7])
  })

  it('reads a range with position and length, and rejects one out of range', () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/range.txt`, 'abcdef')
    expect(fs.readFileSync(`${USR}/range.txt`, 'utf8', 2, 3)).toBe('cde')
    expect(fs.readFileSync(`${USR}/range.txt`, 'utf8', 4)).toBe('ef')
    const e = thrown(() => fs.readFileSync(`${USR}/range.txt`, 'utf8', 2, 10))
    expect(e.message).toBe('readFileSync:fail value of length is out of range')
    expect(e.errno).toBe(1301006)
  })

  it('fails a missing file with WeChat\'s message and errno 1300002, sync and async', async () => {
    const fs = getFileSystemManager()
    const out = await run(fs.readFile, { filePath: `${USR}/nope.txt` })
    expect(out.calls).toEqual(['fail', 'complete'])
    expect(out.res).toEqual({ errMsg: 'readFile:fail no such file or directory, open wxfile://usr/nope.txt', errno: 1300002 })
    const e = thrown(() => fs.readFileSync(`${USR}/nope.txt`, 'utf8'))
    expect(e.message).toBe('readFileSync:fail no such file or directory, open wxfile://usr/nope.txt')
    expect(e.errno).toBe(1300002)
  })

  it('fails writes outside USER_DATA_PATH, into missing folders and onto folders', async () => {
    const fs = getFileSystemManager()
    expect((await run(fs.writeFile, { filePath: 'wxfile://tmp/x.txt', data: 'x' })).res)
      .toEqual({ errMsg: 'writeFile:fail permission denied, open wxfile://tmp/x.txt', errno: 1300013 })
    expect((await run(fs.writeFile, { filePath: `${USR}/no/dir/x.txt`, data: 'x' })).res)
      .toEqual({ errMsg: 'writeFile:fail no such file or directory, open wxfile://usr/no/dir/x.txt', errno: 1300002 })
    fs.mkdirSync(`${USR}/folder`)
    expect((await run(fs.writeFile, { filePath: `${USR}/folder`, data: 'x' })).res)
      .toEqual({ errMsg: 'writeFile:fail illegal operation on a directory, open wxfile://usr/folder', errno: 1301003 })
  })

  it('checks parameter types the wx way', async () => {
    const fs = getFileSystemManager()
    expect((await run(fs.writeFile, { filePath: `${USR}/p.txt`, data: 5 })).res.errMsg)
      .toBe('writeFile:fail parameter error: parameter.data should be String|ArrayBuffer instead of Number;')
    expect(thrown(() => (fs.readFileSync as (p?: unknown) => unknown)()).message)
      .toBe('readFileSync:fail parameter error: parameter.filePath should be String instead of Undefined;')
  })

  it('appends to an existing file and fails to append to a missing one', async () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/log.txt`, 'a')
    fs.appendFileSync(`${USR}/log.txt`, 'b')
    expect((await run(fs.appendFile, { filePath: `${USR}/log.txt`, data: 'c' })).res).toEqual({ errMsg: 'appendFile:ok' })
    expect(fs.readFileSync(`${USR}/log.txt`, 'utf8')).toBe('abc')
    expect(thrown(() => fs.appendFileSync(`${USR}/missing.txt`, 'x')).message)
      .toBe('appendFileSync:fail no such file or directory, open wxfile://usr/missing.txt')
  })

  it('rejects bad base64 with errno 1300203', () => {
    const fs = getFileSystemManager()
    const e = thrown(() => fs.writeFileSync(`${USR}/b64.txt`, '@@@', 'base64'))
    expect(e.message).toBe('writeFileSync:fail base64 encode error')
    expect(e.errno).toBe(1300203)
  })
})

describe('directories', () => {
  it('mkdir, recursive mkdir, readdir and the failures', async () => {
    const fs = getFileSystemManager()
    expect((await run(fs.mkdir, { dirPath: `${USR}/d1` })).res).toEqual({ errMsg: 'mkdir:ok' })
    expect((await run(fs.mkdir, { dirPath: `${USR}/d1` })).res)
      .toEqual({ errMsg: 'mkdir:fail file already exists wxfile://usr/d1', errno: 1301005 })
    expect((await run(fs.mkdir, { dirPath: `${USR}/x/y/z` })).res)
      .toEqual({ errMsg: 'mkdir:fail no such file or directory wxfile://usr/x/y/z', errno: 1300002 })
    fs.mkdirSync(`${USR}/x/y/z`, true)
    fs.writeFileSync(`${USR}/x/f.txt`, 'f')
    expect(fs.readdirSync(`${USR}/x`).sort()).toEqual(['f.txt', 'y'])
    expect((await run(fs.readdir, { dirPath: `${USR}/x/y` })).res).toEqual({ errMsg: 'readdir:ok', files: ['z'] })
    expect((await run(fs.readdir, { dirPath: `${USR}/x/f.txt` })).res)
      .toEqual({ errMsg: 'readdir:fail not a directory wxfile://usr/x/f.txt', errno: 1300020 })
    expect(thrown(() => fs.readdirSync(`${USR}/none`)).message).toBe('readdirSync:fail no such file or directory wxfile://usr/none')
  })

  it('rmdir refuses a non-empty folder unless recursive', async () => {
    const fs = getFileSystemManager()
    fs.mkdirSync(`${USR}/r/s`, true)
    fs.writeFileSync(`${USR}/r/s/t.txt`, 't')
    expect((await run(fs.rmdir, { dirPath: `${USR}/r` })).res).toEqual({ errMsg: 'rmdir:fail directory not empty', errno: 1300066 })
    expect((await run(fs.rmdir, { dirPath: `${USR}/r`, recursive: true })).res).toEqual({ errMsg: 'rmdir:ok' })
    expect(thrown(() => fs.accessSync(`${USR}/r/s/t.txt`)).message).toBe('accessSync:fail no such file or directory wxfile://usr/r/s/t.txt')
    expect((await run(fs.rmdir, { dirPath: `${USR}/r` })).res).toEqual({ errMsg: 'rmdir:fail no such file or directory wxfile://usr/r', errno: 1300002 })
  })

  it('unlink removes files and refuses folders', async () => {
    const fs = getFileSystemManager()
    fs.mkdirSync(`${USR}/u`)
    fs.writeFileSync(`${USR}/u/a`, 'a')
    expect((await run(fs.unlink, { filePath: `${USR}/u` })).res)
      .toEqual({ errMsg: 'unlink:fail operation not permitted, unlink wxfile://usr/u', errno: 1300001 })
    expect((await run(fs.unlink, { filePath: `${USR}/u/a` })).res).toEqual({ errMsg: 'unlink:ok' })
    expect((await run(fs.unlink, { filePath: `${USR}/u/a` })).res)
      .toEqual({ errMsg: 'unlink:fail no such file or directory wxfile://usr/u/a', errno: 1300002 })
  })
})

describe('stat, access, copyFile, rename', () => {
  it('stat gives Stats; recursive stat lists the tree', async () => {
    const fs = getFileSystemManager()
    fs.mkdirSync(`${USR}/st/in`, true)
    fs.writeFileSync(`${USR}/st/in/f.txt`, '12345')
    const { res } = await run(fs.stat, { path: `${USR}/st/in/f.txt` })
    expect(res.errMsg).toBe('stat:ok')
    expect(res.stats.size).toBe(5)
    expect(res.stats.isFile()).toBe(true)
    expect(res.stats.isDirectory()).toBe(false)
    expect(Math.abs(res.stats.lastModifiedTime - Date.now() / 1000)).toBeLessThan(60)
    const tree = fs.statSync(`${USR}/st`, true) as Array<{ path: string, stats: { isDirectory: () => boolean, size: number } }>
    expect(tree.map(e => [e.path, e.stats.isDirectory(), e.stats.size])).toEqual([['/', true, 0], ['/in', true, 0], ['/in/f.txt', false, 5]])
    expect((await run(fs.stat, { path: `${USR}/zz` })).res).toEqual({ errMsg: 'stat:fail no such file or directory wxfile://usr/zz', errno: 1300002 })
  })

  it('access succeeds for files and folders and fails for missing paths', async () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/acc.txt`, '')
    expect((await run(fs.access, { path: `${USR}/acc.txt` })).res).toEqual({ errMsg: 'access:ok' })
    expect((await run(fs.access, { path: USR })).res).toEqual({ errMsg: 'access:ok' })
    expect((await run(fs.access, { path: `${USR}/no.txt` })).res).toEqual({ errMsg: 'access:fail no such file or directory wxfile://usr/no.txt', errno: 1300002 })
  })

  it('copyFile copies and rename moves files and whole folders', async () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/src.txt`, 'copy me')
    expect((await run(fs.copyFile, { srcPath: `${USR}/src.txt`, destPath: `${USR}/dst.txt` })).res).toEqual({ errMsg: 'copyFile:ok' })
    expect(fs.readFileSync(`${USR}/dst.txt`, 'utf8')).toBe('copy me')
    expect((await run(fs.copyFile, { srcPath: `${USR}/none`, destPath: `${USR}/d2` })).res)
      .toEqual({ errMsg: 'copyFile:fail no such file or directory, copyFile wxfile://usr/none -> wxfile://usr/d2', errno: 1300002 })
    fs.mkdirSync(`${USR}/mv/deep`, true)
    fs.writeFileSync(`${USR}/mv/deep/f`, 'f')
    expect((await run(fs.rename, { oldPath: `${USR}/mv`, newPath: `${USR}/moved` })).res).toEqual({ errMsg: 'rename:ok' })
    expect(fs.readFileSync(`${USR}/moved/deep/f`, 'utf8')).toBe('f')
    expect(thrown(() => fs.accessSync(`${USR}/mv`)).errno).toBe(1300002)
    expect(thrown(() => fs.renameSync(`${USR}/ghost`, `${USR}/g2`)).message)
      .toBe('renameSync:fail no such file or directory, rename wxfile://usr/ghost -> wxfile://usr/g2')
  })
})

describe('temp files, saveFile and the saved-file store', () => {
  it('reads a blob: tempFilePath with every API, sync and async', async () => {
    const fs = getFileSystemManager()
    const temp = createTempFile(new Blob(['temp data'], { type: 'text/plain' }))
    expect(fs.readFileSync(temp, 'utf8')).toBe('temp data')
    expect((await run(fs.readFile, { filePath: temp, encoding: 'utf8' })).res.data).toBe('temp data')
    expect((fs.statSync(temp) as { size: number }).size).toBe(9)
    fs.copyFileSync(temp, `${USR}/from-temp.txt`)
    expect(fs.readFileSync(`${USR}/from-temp.txt`, 'utf8')).toBe('temp data')
    const info = await run(fs.getFileInfo, { filePath: temp })
    expect(info.res).toEqual({ errMsg: 'getFileInfo:ok', size: 9, digest: '8200aa9d48adc77ef8aec71f0257c88b' })
  })

  it('computes md5 and sha1 digests', async () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/abc.txt`, 'abc')
    expect((await run(fs.getFileInfo, { filePath: `${USR}/abc.txt` })).res).toEqual({ errMsg: 'getFileInfo:ok', size: 3, digest: '900150983cd24fb0d6963f7d28e17f72' })
    expect((await run(fs.getFileInfo, { filePath: `${USR}/abc.txt`, digestAlgorithm: 'sha1' })).res.digest).toBe('a9993e364706816aba3e25717850c26c9cd0d89d')
    fs.writeFileSync(`${USR}/empty.txt`, '')
    expect((await run(fs.getFileInfo, { filePath: `${USR}/empty.txt` })).res.digest).toBe('d41d8cd98f00b204e9800998ecf8427e')
    expect((await run(fs.getFileInfo, { filePath: `${USR}/none.txt` })).res).toEqual({ errMsg: 'getFileInfo:fail file not exist', errno: 1300002 })
  })

  it('saveFile keeps a temp file in the store, lists and removes it', async () => {
    const fs = getFileSystemManager()
    const temp = createTempFile(new Blob(['png-bytes'], { type: 'image/png' }))
    const saved = await run(fs.saveFile, { tempFilePath: temp })
    expect(saved.res.errMsg).toBe('saveFile:ok')
    expect(saved.res.savedFilePath).toMatch(/^wxfile:\/\/store\/\w+\.png$/)
    expect(fs.readFileSync(saved.res.savedFilePath, 'utf8')).toBe('png-bytes')
    expect(thrown(() => fs.readFileSync(temp)).errno).toBe(1300002)
    const list = await run(fs.getSavedFileList)
    expect(list.res.fileList).toEqual([{ filePath: saved.res.savedFilePath, size: 9, createTime: expect.any(Number) }])
    expect((await run(fs.removeSavedFile, { filePath: saved.res.savedFilePath })).res).toEqual({ errMsg: 'removeSavedFile:ok' })
    expect((await run(fs.getSavedFileList)).res).toEqual({ errMsg: 'getSavedFileList:ok', fileList: [] })
    expect((await run(fs.removeSavedFile, { filePath: saved.res.savedFilePath })).res).toEqual({ errMsg: 'removeSavedFile:fail file not exist', errno: 1300002 })
    expect((await run(fs.saveFile, { tempFilePath: 'blob:nothing' })).res).toEqual({ errMsg: 'saveFile:fail tempFilePath file not exist', errno: 1301112 })
  })

  it('saveFileSync with a filePath writes under USER_DATA_PATH', () => {
    const fs = getFileSystemManager()
    const temp = createTempFile(new Blob(['kept']))
    expect(fs.saveFileSync(temp, `${USR}/kept.txt`)).toBe(`${USR}/kept.txt`)
    expect(fs.readFileSync(`${USR}/kept.txt`, 'utf8')).toBe('kept')
  })
})

describe('file descriptors and truncate', () => {
  it('open, write, read, fstat, ftruncate, close', async () => {
    const fs = getFileSystemManager()
    const opened = await run(fs.open, { filePath: `${USR}/fd.txt`, flag: 'w+' })
    expect(opened.res).toEqual({ errMsg: 'open:ok', fd: expect.any(String) })
    const fd = opened.res.fd as string
    expect((await run(fs.write, { fd, data: 'hello world' })).res).toEqual({ errMsg: 'write:ok', bytesWritten: 11 })
    expect(fs.writeSync({ fd, data: new Uint8Array([33, 33, 33]).buffer, offset: 1, length: 2 })).toEqual({ bytesWritten: 2 })
    expect(fs.readFileSync(`${USR}/fd.txt`, 'utf8')).toBe('hello world!!')
    const buffer = new ArrayBuffer(8)
    const read = await run(fs.read, { fd, arrayBuffer: buffer, offset: 2, length: 5, position: 6 })
    expect(read.res.bytesRead).toBe(5)
    expect(read.res.arrayBuffer).toBe(buffer)
    expect(new TextDecoder().decode(new Uint8Array(buffer, 2, 5))).toBe('world')
    expect((fs.fstatSync({ fd }) as { size: number }).size).toBe(13)
    fs.ftruncateSync({ fd, length: 5 })
    expect(fs.readFileSync(`${USR}/fd.txt`, 'utf8')).toBe('hello')
    expect((await run(fs.close, { fd })).res).toEqual({ errMsg: 'close:ok' })
    expect((await run(fs.close, { fd })).res).toEqual({ errMsg: 'close:fail bad file descriptor', errno: 1300009 })
  })

  it('flags: r needs the file, wx refuses an existing one, a appends, r refuses writes', () => {
    const fs = getFileSystemManager()
    expect(thrown(() => fs.openSync({ filePath: `${USR}/nofd.txt` })).message).toBe('openSync:fail no such file or directory, open wxfile://usr/nofd.txt')
    fs.writeFileSync(`${USR}/fd2.txt`, 'ab')
    const e = thrown(() => fs.openSync({ filePath: `${USR}/fd2.txt`, flag: 'wx' }))
    expect([e.message, e.errno]).toEqual(['openSync:fail file already exists wxfile://usr/fd2.txt', 1301005])
    expect(thrown(() => fs.openSync({ filePath: `${USR}/fd2.txt`, flag: 'z' })).errno).toBe(1302003)
    const a = fs.openSync({ filePath: `${USR}/fd2.txt`, flag: 'a' })
    fs.writeSync({ fd: a, data: 'c', position: 0 })
    expect(fs.readFileSync(`${USR}/fd2.txt`, 'utf8')).toBe('abc')
    const r = fs.openSync({ filePath: `${USR}/fd2.txt`, flag: 'r' })
    const w = thrown(() => fs.writeSync({ fd: r, data: 'x' }))
    expect([w.message, w.errno]).toEqual(['writeSync:fail permission denied', 1302001])
    // Sequential reads advance the position.
    const buf = new ArrayBuffer(2)
    expect(fs.readSync({ fd: r, arrayBuffer: buf, length: 2 }).bytesRead).toBe(2)
    expect(fs.readSync({ fd: r, arrayBuffer: buf, length: 2 }).bytesRead).toBe(1)
    fs.closeSync({ fd: r })
    fs.closeSync({ fd: a })
  })

  it('truncate cuts or zero-pads; missing files fail', async () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/tr.txt`, 'abcdef')
    expect((await run(fs.truncate, { filePath: `${USR}/tr.txt`, length: 2 })).res).toEqual({ errMsg: 'truncate:ok' })
    expect(fs.readFileSync(`${USR}/tr.txt`, 'utf8')).toBe('ab')
    fs.truncateSync({ filePath: `${USR}/tr.txt`, length: 4 })
    expect([...new Uint8Array(fs.readFileSync(`${USR}/tr.txt`) as ArrayBuffer)]).toEqual([97, 98, 0, 0])
    expect((await run(fs.truncate, { filePath: `${USR}/none.txt` })).res).toEqual({ errMsg: 'truncate:fail no such file or directory, open wxfile://usr/none.txt', errno: 1300002 })
  })

  it('readCompressedFile fails as not supported (no brotli in browsers)', () => {
    const fs = getFileSystemManager()
    expect(() => (fs.readCompressedFileSync as () => unknown)()).toThrow('readCompressedFileSync:fail not supported')
  })
})

describe('unzip and readZipEntry', () => {
  it('unzips deflated and stored entries into the target folder', async () => {
    const fs = getFileSystemManager()
    const zip = createTempFile(new Blob([await makeZip({ 'top.txt': 'top', 'sub/': '', 'sub/inner.txt': '里面'.repeat(50) }) as BlobPart]))
    expect((await run(fs.unzip, { zipFilePath: zip, targetPath: `${USR}/unz` })).res).toEqual({ errMsg: 'unzip:ok' })
    expect(fs.readFileSync(`${USR}/unz/top.txt`, 'utf8')).toBe('top')
    expect(fs.readFileSync(`${USR}/unz/sub/inner.txt`, 'utf8')).toBe('里面'.repeat(50))
    fs.writeFileSync(`${USR}/stored.zip`, (await makeZip({ 'a/b.txt': 'b' }, false)).buffer as ArrayBuffer)
    expect((await run(fs.unzip, { zipFilePath: `${USR}/stored.zip`, targetPath: `${USR}/unz2` })).res).toEqual({ errMsg: 'unzip:ok' })
    expect(fs.readdirSync(`${USR}/unz2/a`)).toEqual(['b.txt'])
  })

  it('refuses entries that climb out of the target, broken archives and missing files', async () => {
    const fs = getFileSystemManager()
    const evil = createTempFile(new Blob([await makeZip({ '../../escape.txt': 'x' }) as BlobPart]))
    expect((await run(fs.unzip, { zipFilePath: evil, targetPath: `${USR}/unz3` })).res).toEqual({ errMsg: 'unzip:fail unzip entry fail', errno: 1301103 })
    expect(thrown(() => fs.accessSync(`${USR}/escape.txt`)).errno).toBe(1300002)
    const junk = createTempFile(new Blob(['not a zip']))
    expect((await run(fs.unzip, { zipFilePath: junk, targetPath: `${USR}/unz3` })).res).toEqual({ errMsg: 'unzip:fail unzip open file fail', errno: 1301102 })
    expect((await run(fs.unzip, { zipFilePath: `${USR}/none.zip`, targetPath: `${USR}/unz3` })).res)
      .toEqual({ errMsg: 'unzip:fail no such file or directory, unzip wxfile://usr/none.zip -> wxfile://usr/unz3', errno: 1300002 })
  })

  it('readZipEntry reads chosen entries or all of them', async () => {
    const fs = getFileSystemManager()
    const zip = createTempFile(new Blob([await makeZip({ 'x.txt': 'hello zip', 'y.bin': 'yy' }) as BlobPart]))
    const some = await run(fs.readZipEntry, { filePath: zip, entries: [{ path: 'x.txt', encoding: 'utf8', position: 6, length: 3 }, { path: 'nope' }] })
    expect(some.res).toEqual({ errMsg: 'readZipEntry:ok', entries: { 'x.txt': { data: 'zip', errMsg: 'readZipEntry:ok' }, 'nope': { errMsg: 'readZipEntry:fail no such file or directory, open nope' } } })
    const all = await run(fs.readZipEntry, { filePath: zip, entries: 'all', encoding: 'utf8' })
    expect(all.res.entries).toEqual({ 'x.txt': { data: 'hello zip', errMsg: 'readZipEntry:ok' }, 'y.bin': { data: 'yy', errMsg: 'readZipEntry:ok' } })
  })
})
