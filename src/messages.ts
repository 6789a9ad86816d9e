import { PLUGIN_NAME, WARNING_CODES } from './constants'

/** Where a warning points: line is 1-based, column 0-based (the Babel and Rollup convention). */
export interface SourceLocation {
  file: string
  line: number
  column: number
}

export interface TransformWarning {
  /** One of WARNING_CODES. */
  code: string
  /** Full text, starting with `[wx-h5]` and `file:line:column` (column printed 1-based). */
  message: string
  loc?: SourceLocation
  /** Code frame around `loc`, for bundlers that print it separately. */
  frame?: string
}

/** Short, quoted description of a value for "…; got X." */
export function describeValue(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value)
  if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean')
    return String(value)
  if (Array.isArray(value))
    return 'an array'
  if (value instanceof RegExp)
    return String(value)
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`
}

/** ``[wx-h5] `name` must be <expected>; got <value>.`` */
export function optionMessage(name: string, expected: string, got: unknown): string {
  return `[${PLUGIN_NAME}] \`${name}\` must be ${expected}; got ${describeValue(got)}.`
}

/** `file:line:column` as editors expect it (1-based column). */
export function formatLocation(loc: SourceLocation): string {
  return `${loc.file}:${loc.line}:${loc.column + 1}`
}

/** Three lines around `line` with a caret under `column` (line 1-based, column 0-based). */
export function codeFrame(code: string, line: number, column: number): string {
  const lines = code.split(/\r\n|\r|\n/)
  const first = Math.max(1, line - 1)
  const last = Math.min(lines.length, line + 1)
  const width = String(last).length
  const out: string[] = []
  for (let n = first; n <= last; n++) {
    const gutter = `${n === line ? '>' : ' '} ${String(n).padStart(width)} |`
    out.push(`${gutter}${lines[n - 1] ? ` ${lines[n - 1]}` : ''}`)
    if (n === line)
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(column)}^`)
  }
  return out.join('\n')
}

export function parseErrorWarning(code: string, loc: SourceLocation, reason: string): TransformWarning {
  const frame = codeFrame(code, loc.line, loc.column)
  return {
    code: WARNING_CODES.parseError,
    message: `[${PLUGIN_NAME}] ${formatLocation(loc)}: could not parse the file (${reason}); it is left untransformed. `
      + `Fix the syntax or leave the file out with the \`exclude\` option.\n${frame}`,
    loc,
    frame,
  }
}

export function guardedWarning(loc: SourceLocation, name: string, reason: string, isCall: boolean): TransformWarning {
  const effect = isCall ? 'the call fails with "not supported"' : 'the read is undefined'
  return {
    code: WARNING_CODES.unsupportedApi,
    message: `[${PLUGIN_NAME}] ${formatLocation(loc)}: wx.${name}: ${reason}; ${effect}.`,
    loc,
  }
}

export function wholeObjectWarning(loc: SourceLocation, reason: string): TransformWarning {
  return {
    code: WARNING_CODES.wholeObject,
    message: `[${PLUGIN_NAME}] ${formatLocation(loc)}: wx is ${reason}, so this file imports the whole wx object (no tree-shaking).`,
    loc,
  }
}

export function paramTooNewWarning(loc: SourceLocation, api: string, key: string, since: string, target: string): TransformWarning {
  return {
    code: WARNING_CODES.paramTooNew,
    message: `[${PLUGIN_NAME}] ${formatLocation(loc)}: option \`${key}\` of wx.${api} needs base library ${since}, target is ${target}; a real client of that version ignores it.`,
    loc,
  }
}

/** Reason text for a guarded API. */
export function guardReason(since: string | undefined, target: string): string {
  return since === undefined ? 'not implemented on the web' : `needs base library ${since}, target is ${target}`
}

/** Message of the Error thrown for guarded calls under `unsupported: 'error'`. */
export function unsupportedErrorMessage(sites: ReadonlyArray<{ loc: SourceLocation; name: string; reason: string }>): string {
  const lines = sites.map(site => `  ${formatLocation(site.loc)} wx.${site.name}: ${site.reason}`)
  return `[${PLUGIN_NAME}] ${sites.length} call${sites.length === 1 ? '' : 's'} of wx APIs the web runtime cannot provide `
    + `(option \`unsupported\` is "error"):\n${lines.join('\n')}`
}
