/**
 * wx file paths. User files live under `wxfile://usr` (`wx.env.USER_DATA_PATH`), files kept
 * by `saveFile` under `wxfile://store`. Anything else (a `blob:` tempFilePath, a path that
 * downloadFile registered) is read-only and comes from the temp-file registry.
 */
export const USER_DATA_PATH = 'wxfile://usr'
export const STORE_PATH = 'wxfile://store'

/** `wx.env`: a namespace member of wx. */
export const env = /* @__PURE__ */ Object.freeze({ USER_DATA_PATH })

const ROOTS = [USER_DATA_PATH, STORE_PATH]

const rootOf = (path: string): string | undefined => ROOTS.find(root => path === root || path.startsWith(`${root}/`))

/**
 * The canonical form of a path inside our two roots: no trailing or doubled slash, `.` and
 * `..` resolved (never above the root). Other paths come back as written.
 */
export function normalizePath(path: string): string {
  const root = rootOf(path)
  if (!root) return path
  const parts: string[] = []
  for (const part of path.slice(root.length).split('/')) {
    if (part === '..') parts.pop()
    else if (part && part !== '.') parts.push(part)
  }
  return [root, ...parts].join('/')
}

/** True for paths under `wxfile://usr` (the writable area), root included. */
export const isUserPath = (path: string): boolean => rootOf(path) === USER_DATA_PATH

export const isStorePath = (path: string): boolean => path.startsWith(`${STORE_PATH}/`)

/** Paths the file system holds itself: `wxfile://usr` and below, saved files. */
export const isLocal = (path: string): boolean => isUserPath(path) || isStorePath(path)

export const isRoot = (path: string): boolean => ROOTS.includes(path)

/** Paths that can be written: below `wxfile://usr`, not the root itself. */
export const writable = (path: string): boolean => isUserPath(path) && !isRoot(path)

/** The parent of a normalized path under a root (`wxfile://usr/a` → `wxfile://usr`). */
export const parentOf = (path: string): string => path.slice(0, path.lastIndexOf('/'))

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1)
