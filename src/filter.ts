import { dirname, isAbsolute, resolve } from 'node:path'
import { ALWAYS_EXCLUDE, DISABLE_MARKER_RE } from './constants'

/** Glob (`*` within a segment, `**` across, `?` one character) → RegExp matching a path suffix. */
function globToRegExp(glob: string): RegExp {
  let source = ''
  for (let i = 0; i < glob.length; i++) {
    const char = glob[i]!
    if (char === '*' && glob[i + 1] === '*') {
      source += glob[i + 2] === '/' ? '(?:.*/)?' : '.*'
      i += glob[i + 2] === '/' ? 2 : 1
    }
    else if (char === '*') {
      source += '[^/]*'
    }
    else if (char === '?') {
      source += '[^/]'
    }
    else {
      source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&')
    }
  }
  // Relative globs match from any directory boundary, so `src/**` works on absolute ids.
  return new RegExp(`${glob.startsWith('/') ? '^' : '(?:^|/)'}${source}$`)
}

const compiled = new Map<string, RegExp>()

function matches(path: string, pattern: string | RegExp): boolean {
  if (typeof pattern !== 'string') {
    pattern.lastIndex = 0
    return pattern.test(path)
  }
  let re = compiled.get(pattern)
  if (!re)
    compiled.set(pattern, re = globToRegExp(pattern))
  return re.test(path)
}

/** Directory of a `runtime` option that is a path (tests point it at the local source). */
function runtimeDirectory(runtime: string): string | undefined {
  if (!isAbsolute(runtime) && !runtime.startsWith('.'))
    return undefined
  const path = resolve(runtime)
  return (/\.[cm]?[jt]sx?$/.test(path) ? dirname(path) : path).replace(/\\/g, '/')
}

/** Whether `id` is a module the options ask to transform. */
export function isIncluded(id: string, options: { include: ReadonlyArray<string | RegExp>; exclude: ReadonlyArray<string | RegExp>; runtime: string }): boolean {
  const path = id.replace(/\\/g, '/')
  if (ALWAYS_EXCLUDE.some(re => re.test(path)))
    return false
  const runtimeDir = runtimeDirectory(options.runtime)
  if (runtimeDir && path.startsWith(`${runtimeDir}/`))
    return false
  const bare = path.replace(/[?#].*$/, '')
  if (options.exclude.some(pattern => matches(path, pattern) || matches(bare, pattern)))
    return false
  return options.include.some(pattern => matches(path, pattern) || matches(bare, pattern))
}

/** Whether one of the comments before the first token is the opt-out marker `wx-h5-disable`. */
export function hasDisableComment(code: string): boolean {
  let at = code.startsWith('#!') ? code.indexOf('\n') : 0
  if (at === -1)
    return false
  for (;;) {
    while (at < code.length && /\s/.test(code[at]!))
      at++
    const isBlock = code.startsWith('/*', at)
    if (!isBlock && !code.startsWith('//', at))
      return false
    const close = code.indexOf(isBlock ? '*/' : '\n', at + 2)
    const end = close === -1 ? code.length : close
    // `/** wx-h5-disable */` counts too: drop the JSDoc star before testing.
    if (DISABLE_MARKER_RE.test(code.slice(at + 2, end).replace(/^\s*\*?/, '')))
      return true
    at = isBlock ? end + 2 : end
  }
}
