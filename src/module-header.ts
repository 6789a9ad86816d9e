import { PICK_PREFIX, SETUP_ID } from './setup-module'
import type { TransformResult } from './transform'

const quote = (text: string) => `'${text.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/** Adds `delta` to the generated column of the first segment of one `mappings` line (base64 VLQ). */
function shiftFirstColumn(group: string, delta: number): string {
  let value = 0
  let shift = 0
  let end = 0
  for (;;) {
    const digit = BASE64.indexOf(group[end++]!)
    value += (digit & 31) << shift
    shift += 5
    if (!(digit & 32)) break
  }
  const column = (value & 1 ? -(value >>> 1) : value >>> 1) + delta
  let rest = column < 0 ? (-column << 1) | 1 : column << 1
  let encoded = ''
  do {
    let digit = rest & 31
    rest >>>= 5
    if (rest > 0) digit |= 32
    encoded += BASE64[digit]
  } while (rest > 0)
  return encoded + group.slice(end)
}

/**
 * Finishes a transformed module for the bundler:
 * - puts `import '~wx-h5/setup'` (or its `require`) on a line of its own just above the
 *   transform's runtime import, which sits after any hashbang or directive prologue, so that the
 *   setup runs before anything else the module does;
 * - in a CommonJS module, points the runtime `require` at a virtual module that re-exports only
 *   the names it takes. `require()` of the runtime itself would hand the module the whole runtime
 *   namespace, which no bundler can tree-shake.
 * Source maps stay exact: an inserted line is one empty group in `mappings`, and the only edit
 * inside a line is in generated header text, ahead of every mapped segment of that line.
 */
export function finishModule(result: TransformResult, runtime: string): TransformResult {
  const lines = result.code.split('\n')
  const from = ` } from ${quote(runtime)};`
  const required = ` } = require(${quote(runtime)});`
  // The header starts a line; original text may follow it on that line (after a directive).
  const at = lines.findIndex(line => (line.startsWith('import { ') && line.includes(from)) || (line.startsWith('const { ') && line.includes(required)))
  if (at === -1) return result
  const groups = result.map?.mappings.split(';')
  const isCommonJs = lines[at]!.startsWith('const')

  if (isCommonJs) {
    const line = lines[at]!
    const end = line.indexOf(required)
    const names = line.slice('const { '.length, end).split(', ').map(binding => binding.split(':')[0]!.trim())
    const pick = ` } = require(${quote(PICK_PREFIX + names.join(','))});`
    lines[at] = line.slice(0, end) + pick + line.slice(end + required.length)
    if (groups?.[at]) groups[at] = shiftFirstColumn(groups[at], pick.length - required.length)
  }
  lines.splice(at, 0, isCommonJs ? `require(${quote(SETUP_ID)});` : `import ${quote(SETUP_ID)};`)
  if (groups && at <= groups.length) groups.splice(at, 0, '')

  let map = result.map
  if (map && groups) {
    const shifted = Object.create(Object.getPrototypeOf(map) as object) as typeof map
    map = Object.assign(shifted, map, { mappings: groups.join(';') })
  }
  return { ...result, code: lines.join('\n'), map }
}
