import { fail } from '../internal/fail'
import { decode } from './codec'
import { denied, noEntry } from './errors'
import { fileBytes, mkdir, writeFile } from './ops'
import { isUserPath, normalizePath, parentOf } from './paths'
import { getEntry } from './store'
import { entryData, unzipEntryFail, zipEntries } from './zip'

function zipBytes(zipFilePath: string, context: string): Uint8Array {
  try {
    return fileBytes(zipFilePath)
  }
  catch {
    throw noEntry(context)
  }
}

const ensureDirectory = (path: string): void => {
  if (!getEntry(path)) mkdir({ dirPath: path, recursive: true })
}

/** FileSystemManager.unzip: every entry of the archive under `targetPath` (created if missing). */
export async function unzip({ zipFilePath, targetPath }: { zipFilePath: string, targetPath: string }): Promise<void> {
  const context = `, unzip ${zipFilePath} -> ${targetPath}`
  const target = normalizePath(targetPath)
  if (!isUserPath(target)) throw denied(context)
  const bytes = zipBytes(zipFilePath, context)
  const files: Array<[string, Uint8Array]> = []
  for (const entry of zipEntries(bytes)) {
    const path = normalizePath(`${target}/${entry.name}`)
    // An entry named with `..` must not land outside the target folder.
    if (path !== target && !path.startsWith(`${target}/`)) throw unzipEntryFail()
    if (!entry.dir) files.push([path, await entryData(bytes, entry)])
    else ensureDirectory(path)
  }
  ensureDirectory(target)
  for (const [path, data] of files) {
    ensureDirectory(parentOf(path))
    writeFile({ filePath: path, data: data.buffer as ArrayBuffer })
  }
}

export interface ZipEntryRequest { path: string, encoding?: string, position?: number, length?: number }
export type ZipEntryResult = Record<string, { data?: string | ArrayBuffer, errMsg: string }>

/** FileSystemManager.readZipEntry: chosen entries (or 'all') of an archive, each with its own errMsg. */
export async function readZipEntry({ filePath, entries, encoding }: { filePath: string, entries: ZipEntryRequest[] | 'all', encoding?: string }): Promise<ZipEntryResult> {
  const bytes = zipBytes(filePath, `, open ${filePath}`)
  const byName = new Map(zipEntries(bytes).filter(entry => !entry.dir).map(entry => [entry.name, entry]))
  const wanted = entries === 'all' ? [...byName.keys()].map(path => ({ path, encoding } as ZipEntryRequest)) : entries
  const out: ZipEntryResult = {}
  for (const { path, encoding: entryEncoding, position = 0, length } of wanted) {
    const entry = byName.get(path.replace(/^\//, ''))
    out[path] = entry
      ? { data: decode((await entryData(bytes, entry)).subarray(position, length === undefined ? undefined : position + length), entryEncoding), errMsg: 'readZipEntry:ok' }
      : { errMsg: `readZipEntry:fail no such file or directory, open ${path}` }
  }
  return out
}
