import { decode } from './codec'
import { denied, noEntry } from './errors'
import { fileBytes, mkdir, writeFile } from './ops'
import { isUserPath, normalizePath, parentOf } from './paths'
import { getEntry } from './store'
import { inflate, unzipEntryFail, type ZipEntry, zipEntries } from './zip'

/** The entries of the archive at `zipFilePath`; a missing one fails with `context`. */
function archive(zipFilePath: string, context: string): ZipEntry[] {
  let bytes: Uint8Array
  try {
    bytes = fileBytes(zipFilePath)
  }
  catch {
    throw noEntry(context)
  }
  return zipEntries(bytes)
}

const isDirectory = (entry: ZipEntry): boolean => entry.name.endsWith('/')

const ensureDirectory = (path: string): void => {
  if (!getEntry(path)) mkdir({ dirPath: path, recursive: true })
}

/** FileSystemManager.unzip: every entry of the archive under `targetPath` (created if missing). */
export async function unzip({ zipFilePath, targetPath }: { zipFilePath: string, targetPath: string }): Promise<void> {
  const context = `, unzip ${zipFilePath} -> ${targetPath}`
  const target = normalizePath(targetPath)
  if (!isUserPath(target)) throw denied(context)
  const files: Array<[string, Uint8Array]> = []
  for (const entry of archive(zipFilePath, context)) {
    const path = normalizePath(`${target}/${entry.name}`)
    // An entry named with `..` must not land outside the target folder.
    if (path !== target && !path.startsWith(`${target}/`)) throw unzipEntryFail()
    if (isDirectory(entry)) ensureDirectory(path)
    else files.push([path, await inflate(entry)])
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
  const byName = new Map(archive(filePath, `, open ${filePath}`).filter(entry => !isDirectory(entry)).map(entry => [entry.name, entry]))
  const wanted = entries === 'all' ? [...byName.keys()].map(path => ({ path, encoding } as ZipEntryRequest)) : entries
  const out: ZipEntryResult = {}
  for (const { path, encoding: entryEncoding, position = 0, length } of wanted) {
    const entry = byName.get(path.replace(/^\//, ''))
    out[path] = entry
      ? { data: decode((await inflate(entry)).subarray(position, length === undefined ? undefined : position + length), entryEncoding), errMsg: 'readZipEntry:ok' }
      : { errMsg: `readZipEntry:fail no such file or directory, open ${path}` }
  }
  return out
}
