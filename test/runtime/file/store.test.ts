import { beforeAll, describe, expect, it } from 'vitest'
import { configure } from '../../../runtime/internal/config'
import { readTempFile, writeTempFile } from '../../../runtime/internal/temp-files'
import { env, getFileInfo, getFileSystemManager, getSavedFileInfo, getSavedFileList, removeSavedFile, saveFile } from '../../../runtime/file'
import { createTempFile } from '../../../runtime/internal/temp-files'
import { freshDatabase, run, thrown } from './helpers'

const USR = env.USER_DATA_PATH
const APP = 'fs-store-test'

function storedPaths(): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(`wxh5-fs:${APP}:@`)
    open.onerror = () => reject(open.error)
    open.onsuccess = () => {
      const req = open.result.transaction('entries').objectStore('entries').getAllKeys()
      req.onsuccess = () => { open.result.close(); resolve((req.result as string[]).sort()) }
    }
  })
}

beforeAll(async () => {
  await freshDatabase(APP)
  configure({ appId: APP, fileSystemQuota: 1000 })
})

describe('persistence and quota', () => {
  it('an async write is in IndexedDB when its success fires; unlink removes it', async () => {
    const fs = getFileSystemManager()
    await run(fs.mkdir, { dirPath: `${USR}/p` })
    await run(fs.writeFile, { filePath: `${USR}/p/a.txt`, data: 'persisted' })
    expect(await storedPaths()).toEqual(['wxfile://usr/p', 'wxfile://usr/p/a.txt'])
    await run(fs.unlink, { filePath: `${USR}/p/a.txt` })
    expect(await storedPaths()).toEqual(['wxfile://usr/p'])
    await run(fs.rmdir, { dirPath: `${USR}/p` })
  })

  it('enforces the configured quota with errno 1300202 and keeps the old content', async () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/big.bin`, new ArrayBuffer(900))
    const out = await run(fs.writeFile, { filePath: `${USR}/more.bin`, data: new ArrayBuffer(200) })
    expect(out.res).toEqual({ errMsg: 'writeFile:fail the maximum size of the file storage limit is exceeded', errno: 1300202 })
    const e = thrown(() => fs.appendFileSync(`${USR}/big.bin`, new ArrayBuffer(101)))
    expect(e.message).toBe('appendFileSync:fail the maximum size of the file storage limit is exceeded')
    expect(e.errno).toBe(1300202)
    expect((fs.statSync(`${USR}/big.bin`) as { size: number }).size).toBe(900)
    // Replacing a file only counts the difference.
    fs.writeFileSync(`${USR}/big.bin`, new ArrayBuffer(1000))
    fs.unlinkSync(`${USR}/big.bin`)
    expect((await run(fs.writeFile, { filePath: `${USR}/more.bin`, data: new ArrayBuffer(200) })).res.errMsg).toBe('writeFile:ok')
    fs.unlinkSync(`${USR}/more.bin`)
  })
})

describe('files other areas register', () => {
  it('a download saved under wxfile://usr is a file like any other', async () => {
    const fs = getFileSystemManager()
    writeTempFile(`${USR}/dl.txt`, new Blob(['downloaded']))
    expect(fs.readdirSync(USR)).toContain('dl.txt')
    expect(fs.readFileSync(`${USR}/dl.txt`, 'utf8')).toBe('downloaded')
    writeTempFile(`${USR}/dl.txt`, new Blob(['again']))
    expect((await run(fs.readFile, { filePath: `${USR}/dl.txt`, encoding: 'utf8' })).res.data).toBe('again')
    fs.unlinkSync(`${USR}/dl.txt`)
  })

  it('files written through the manager are readable by path from the temp-file registry', async () => {
    const fs = getFileSystemManager()
    fs.writeFileSync(`${USR}/up.txt`, 'upload me')
    expect(await readTempFile(`${USR}/up.txt`)!.text()).toBe('upload me')
    fs.unlinkSync(`${USR}/up.txt`)
    expect(readTempFile(`${USR}/up.txt`)).toBeUndefined()
  })
})

describe('legacy global file APIs', () => {
  it('wx.saveFile, getSavedFileList, getSavedFileInfo, removeSavedFile (Promise form)', async () => {
    const temp = createTempFile(new Blob(['1234'], { type: 'text/plain' }))
    const saved = await saveFile({ tempFilePath: temp })
    expect(saved.errMsg).toBe('saveFile:ok')
    expect(saved.savedFilePath).toMatch(/^wxfile:\/\/store\/\w+\.txt$/)
    const list = await getSavedFileList()
    expect(list.fileList.map(f => [f.filePath, f.size])).toEqual([[saved.savedFilePath, 4]])
    const info = await getSavedFileInfo({ filePath: saved.savedFilePath })
    expect(info).toEqual({ errMsg: 'getSavedFileInfo:ok', size: 4, createTime: list.fileList[0].createTime })
    expect(await getFileInfo({ filePath: saved.savedFilePath })).toEqual({ errMsg: 'getFileInfo:ok', size: 4, digest: '81dc9bdb52d04dc20036dbd8313ed055' })
    expect(await removeSavedFile({ filePath: saved.savedFilePath })).toEqual({ errMsg: 'removeSavedFile:ok' })
    await expect(getSavedFileInfo({ filePath: saved.savedFilePath })).rejects.toEqual({ errMsg: 'getSavedFileInfo:fail file not exist', errno: 1300002 })
    await expect(saveFile({ tempFilePath: 'blob:none' })).rejects.toEqual({ errMsg: 'saveFile:fail tempFilePath file not exist', errno: 1301112 })
  })

  it('wx.saveFile fails past the quota with 1300202', async () => {
    const temp = createTempFile(new Blob([new Uint8Array(2000)]))
    await expect(saveFile({ tempFilePath: temp })).rejects.toEqual({ errMsg: 'saveFile:fail the maximum size of the file storage limit is exceeded', errno: 1300202 })
  })
})
