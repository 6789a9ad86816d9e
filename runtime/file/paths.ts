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

/**
 * The canonical form of a path inside our two roots: no trailing or doubled slash, `.` and
 * `..` resolved (never above the root). Other paths come back as written.
 */
export function normalizePath(path: string): string {
  const root = ROOTS.find(r => path === r || path.startsWith(`${r}/`))
  if (!root) return path
  const parts: string[] = []
  for (const part of path.slice(root.length).split('/')) {
    if (!part || part === '.') continue
    if (part === '..') parts.pop()
    else parts.push(part)
  }
  return parts.length ? `${root}/${parts.join('/')}` : root
}

/** True for normalized paths under `wxfile://usr` (the writable area), root included. */
export function isUserPath(path: string): boolean {
  return path === USER_DATA_PATH || path.startsWith(`${USER_DATA_PATH}/`)
}

export function isStorePath(path: string): boolean {
  return path.startsWith(`${STORE_PATH}/`)
}

export function isRoot(path: string): boolean {
  return ROOTS.includes(path)
}

/** The parent of a normalized path under a root (`wxfile://usr/a` → `wxfile://usr`). */
export function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/'))
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1)
}
