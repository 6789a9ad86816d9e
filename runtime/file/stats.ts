import type { Entry } from './store'

/** WeChat's Stats: POSIX-like mode bits, size in bytes, times in seconds. */
export interface Stats {
  mode: number
  size: number
  lastAccessedTime: number
  lastModifiedTime: number
  isDirectory: () => boolean
  isFile: () => boolean
}

const DIR_MODE = 0o40777
const FILE_MODE = 0o100666

export function toStats(entry: Entry): Stats {
  const seconds = Math.floor(entry.mtime / 1000)
  return {
    mode: entry.dir ? DIR_MODE : FILE_MODE,
    size: entry.data.length,
    lastAccessedTime: seconds,
    lastModifiedTime: seconds,
    isDirectory: () => entry.dir,
    isFile: () => !entry.dir,
  }
}
