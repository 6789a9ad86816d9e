import { SourceMap } from 'magic-string'

/** One replacement of original[start, end) by `text`. */
export interface Edit {
  start: number
  end: number
  text: string
}

const BASE64 = Uint8Array.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', char => char.charCodeAt(0))
const COMMA = 44
const SEMICOLON = 59
const decoder = new TextDecoder()
// `,CAAC` repeated: copied in one native call per unedited run instead of byte by byte.
const NEXT_COLUMN = Uint8Array.from(',CAAC'.repeat(4096), char => char.charCodeAt(0))

/** The mappings text is written as bytes into one buffer reused across calls (less garbage). */
let bytes = new Uint8Array(1 << 16)
let length = 0

function reserve(extra: number): void {
  if (length + extra <= bytes.length)
    return
  const grown = new Uint8Array(Math.max(bytes.length * 2, length + extra))
  grown.set(bytes.subarray(0, length))
  bytes = grown
}

function writeVlq(value: number): void {
  let rest = value < 0 ? (-value << 1) | 1 : value << 1
  do {
    let digit = rest & 31
    rest >>>= 5
    if (rest > 0)
      digit |= 32
    bytes[length++] = BASE64[digit]!
  } while (rest > 0)
}

/**
 * The map `magic-string` gives for these edits with `{ hires: true, includeContent: true }`, built
 * without one array per character: in an unedited run every segment is "next column, next column",
 * which always encodes as `CAAC`, so a run is one computed segment plus repeated bytes. That cuts
 * the map's cost severalfold (see bench/transform.js); that the output equals magic-string's is
 * asserted in test/transform/sourcemap.test.ts.
 *
 * `edits` are sorted and disjoint; `header` is inserted at `header.offset` and maps to nothing.
 */
export function hiresMap(code: string, source: string, edits: readonly Edit[], header: { offset: number; text: string } | undefined): SourceMap {
  length = 0
  let lineHasSegment = false
  let genColumn = 0
  let prevGenColumn = 0
  let sourceLine = 0
  let sourceColumn = 0
  let prevSourceLine = 0
  let prevSourceColumn = 0

  function segment(): void {
    // Every field is relative to the previous segment; the generated column restarts per line.
    reserve(24)
    if (lineHasSegment)
      bytes[length++] = COMMA
    lineHasSegment = true
    writeVlq(genColumn - prevGenColumn)
    bytes[length++] = 65 // 'A': source index 0, unchanged
    writeVlq(sourceLine - prevSourceLine)
    writeVlq(sourceColumn - prevSourceColumn)
    prevGenColumn = genColumn
    prevSourceLine = sourceLine
    prevSourceColumn = sourceColumn
  }
  function endLine(): void {
    reserve(1)
    bytes[length++] = SEMICOLON
    lineHasSegment = false
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
        segment()
        // Relative to the segment just written, each further character is `,CAAC`.
        reserve(count * 5)
        for (let left = (count - 1) * 5; left > 0;) {
          const chunk = Math.min(left, NEXT_COLUMN.length)
          bytes.set(NEXT_COLUMN.subarray(0, chunk), length)
          length += chunk
          left -= chunk
        }
        prevGenColumn += count - 1
        prevSourceColumn += count - 1
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
  const mappings = decoder.decode(bytes.subarray(0, length))
  // Do not keep a huge buffer alive after one unusually large file.
  if (bytes.length > 1 << 22)
    bytes = new Uint8Array(1 << 16)
  // As magic-string writes `source`: path segments joined with '/'.
  const sources = [source.split(/[/\\]/).join('/')]
  return new SourceMap({ file: undefined, sources, sourcesContent: [code], names: [], mappings })
}
