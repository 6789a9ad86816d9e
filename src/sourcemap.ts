import { SourceMap } from 'magic-string'

/** One replacement of original[start, end) by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

function vlq(value: number): string {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1
  let out = ''
  do {
    let digit = rest & 31
    rest >>>= 5
    if (rest > 0)
      digit |= 32
    out += BASE64[digit]
  } while (rest > 0)
  return out
}

/**
 * The map `magic-string` gives for these edits with `{ hires: true, includeContent: true }`, built
 * without one array per character: in an unedited run every segment is "next column, next column",
 * which always encodes as `CAAC`, so a run is one computed segment plus a repeated string. That
 * cuts the map's cost from about half a parse to a few percent (see bench/transform.js); the
 * equality with magic-string's own output is asserted in test/transform/sourcemap.test.ts.
 *
 * `edits` are sorted and disjoint; `header` is inserted at `header.offset` and maps to nothing.
 */
export function hiresMap(code: string, source: string, edits: readonly Edit[], header: { offset: number; text: string } | undefined): SourceMap {
  const lines: string[] = []
  let line = ''
  let genColumn = 0
  let prevGenColumn = 0
  let sourceLine = 0
  let sourceColumn = 0
  let prevSourceLine = 0
  let prevSourceColumn = 0

  function segment(): void {
    // Every field is relative to the previous segment; the generated column restarts per line.
    line += `${line ? ',' : ''}${vlq(genColumn - prevGenColumn)}A${vlq(sourceLine - prevSourceLine)}${vlq(sourceColumn - prevSourceColumn)}`
    prevGenColumn = genColumn
    prevSourceLine = sourceLine
    prevSourceColumn = sourceColumn
  }
  function endLine(): void {
    lines.push(line)
    line = ''
    genColumn = 0
    prevGenColumn = 0
  }
  /** Generated text that maps to nothing (the header). */
  function advance(text: string): void {
    const last = text.lastIndexOf('\n')
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1))
      endLine()
    genColumn += text.length - last - 1
  }
  /** Original text copied as is, one segment per character. */
  function copy(from: number, to: number): void {
    while (from < to) {
      let newline = code.indexOf('\n', from)
      if (newline === -1 || newline > to)
        newline = to
      const count = newline - from
      if (count > 0) {
        // Relative to the segment just written, each further character is `CAAC`.
        segment()
        line += ',CAAC'.repeat(count - 1)
        prevSourceColumn += count - 1
        prevGenColumn += count - 1
        genColumn += count
        sourceColumn += count
      }
      if (newline === to)
        break
      endLine()
      sourceLine++
      sourceColumn = 0
      from = newline + 1
    }
  }
  /** Replaced text: one segment at its start (per generated line), then the source jumps ahead. */
  function replace(edit: Edit): void {
    const { text } = edit
    for (let at = text.indexOf('\n'); at !== -1 && at < text.length - 1; at = text.indexOf('\n', at + 1)) {
      segment()
      endLine()
    }
    if (text.length > 0) {
      segment()
      genColumn += text.length - text.lastIndexOf('\n') - 1
    }
    for (let at = code.indexOf('\n', edit.start); at !== -1 && at < edit.end; at = code.indexOf('\n', at + 1))
      sourceLine++
    sourceColumn = edit.end - (code.lastIndexOf('\n', edit.end - 1) + 1)
  }

  let position = 0
  let headerPending = header !== undefined
  function copyUntil(offset: number): void {
    if (headerPending && header!.offset <= offset) {
      copy(position, header!.offset)
      advance(header!.text)
      position = header!.offset
      headerPending = false
    }
    copy(position, offset)
    position = offset
  }
  for (const edit of edits) {
    copyUntil(edit.start)
    replace(edit)
    position = edit.end
  }
  copyUntil(code.length)
  lines.push(line)
  // As magic-string writes `source`: path segments joined with '/'.
  const sources = [source.split(/[/\\]/).join('/')]
  return new SourceMap({ file: undefined, sources, sourcesContent: [code], names: [], mappings: lines.join(';') })
}
