import { fail } from '../internal/fail'
import { decode } from './codec'
import { EACCES, noEntry } from './errors'
import * as ops from './ops'
import { isUserPath, normalizePath, parentOf } from './paths'
import { getEntry } from './store'
import { entryData, zipEntries } from './zip'

function zipBytes(zipFilePath: string, reason: string): Uint8Array {
  try {
    return ops.fileBytes(zipFilePath)
  }
  catch {
    throw noEntry(`, ${reason}`)
  }
}

/** FileSystemManager.unzip: every entry of the archive under `targetPath` (created if missing). */
export async function unzip(zipFilePath: string, targetPath: string): Promise<void> {
  const reason = `unzip ${zipFilePath} -> ${targetPath}`
  const target = normalizePath(targetPath)
  if (!isUserPath(target)) throw fail(`permission denied, ${reason}`, EACCES)
  const bytes = zipBytes(zipFilePath, reason)
  const entries = zipEntries(bytes)
  const files: Array<[string, Uint8Array]> = []
  for (const entry of entries) {
    const path = normalizePath(`${target}/${entry.name}`)
    // An entry named with `..` must not land outside the target folder.
    if (path !== target && !path.startsWith(`${target}/`)) throw fail('unzip entry fail', 1301103)
    if (!entry.dir) files.push([path, await entryData(bytes, entry)])
    else if (!getEntry(path)) ops.mkdir(path, true)
  }
  if (!getEntry(target)) ops.mkdir(target, true)
  for (const [path, data] of files) {
    if (!getEntry(parentOf(path))) ops.mkdir(parentOf(path), true)
    ops.writeFile({ filePath: path, data: data.buffer })
  }
}

export interface ZipEntryRequest { path: string, encoding?: string, position?: number, length?: number }
export type ZipEntryResult = Record<string, { data?: string | ArrayBuffer, errMsg: string }>

/** FileSystemManager.readZipEntry: chosen entries (or 'all') of an archive, each with its own errMsg. */
export async function readZipEntry(filePath: string, requested: ZipEntryRequest[] | 'all', encoding?: string): Promise<ZipEntryResult> {
  const bytes = zipBytes(filePath, `open ${filePath}`)
  const entries = zipEntries(bytes)
  const byName = new Map(entries.filter(e => !e.dir).map(e => [e.name, e]))
  const wanted: ZipEntryRequest[] = requested === 'all' ? [...byName.keys()].map(path => ({ path, encoding })) : requested
  const out: ZipEntryResult = {}
  for (const { path, encoding: enc, position = 0, length } of wanted) {
    const entry = byName.get(path.replace(/^\//, ''))
    if (!entry) {
      out[path] = { errMsg: `readZipEntry:fail no such file or directory, open ${path}` }
      continue
    }
    const data = await entryData(bytes, entry)
    out[path] = { data: decode(data.subarray(position, length === undefined ? undefined : position + length), enc), errMsg: 'readZipEntry:ok' }
  }
  return out
}
