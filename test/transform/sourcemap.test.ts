import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping'
import MagicString from 'magic-string'
import { describe, expect, it, vi } from 'vitest'
import { hiresMap } from '../../src/sourcemap'
import { runDetailed } from './helpers'

vi.mock('../../runtime/implemented', () => import('./implemented.fixture'))

function traced(code: string, id: string) {
  const { result } = runDetailed(code, id, { sourcemap: true })
  return { code: result!.code, map: new TraceMap(result!.map as never) }
}

/** 1-based line and 0-based column of the first `needle` in `text`. */
function positionOf(text: string, needle: string) {
  const before = text.slice(0, text.indexOf(needle)).split('\n')
  return { line: before.length, column: before.at(-1)!.length }
}

describe('source maps', () => {
  it('maps a rewritten call back to its original line and column', () => {
    const source = `const a = 1\n\nfunction f() {\n    return wx.showToast({ title: 'x' })\n}\n`
    const { code, map } = traced(source, 'src/page.js')
    const generated = positionOf(code, '_wx_showToast({')
    expect(originalPositionFor(map, generated)).toEqual({ source: 'src/page.js', line: 4, column: 11, name: null })
    const after = positionOf(code, `{ title: 'x' }`)
    expect(originalPositionFor(map, after)).toMatchObject({ line: 4, column: 24 })
  })
  it('maps code after a multi-line edit and below the header', () => {
    const source = `'use strict'\nconst x = wx.canIUse(\n  'showToast'\n) && wx.request({})\nfoo()\n`
    const { code, map } = traced(source, 'src/a.js')
    expect(originalPositionFor(map, positionOf(code, '_wx_request({'))).toMatchObject({ line: 4, column: 5 })
    expect(originalPositionFor(map, positionOf(code, 'foo()'))).toMatchObject({ line: 5, column: 0 })
  })
  it('embeds the original source', () => {
    const { result } = runDetailed(`wx.showToast()`, 'src/a.js', { sourcemap: true })
    expect(result!.map!.sourcesContent).toEqual([`wx.showToast()`])
    expect(result!.map!.sources).toEqual(['src/a.js'])
  })
})

describe('hiresMap', () => {
  const cases: Array<[string, Array<{ start: number; end: number; text: string }>, { offset: number; text: string } | undefined]> = [
    ['wx.a()\nwx.b()\n', [{ start: 0, end: 4, text: '_wx_a' }, { start: 7, end: 11, text: '_wx_b' }], { offset: 0, text: 'import x;\n' }],
    [`'use strict'\nf(wx.a,\n  wx.b)\n\n`, [{ start: 15, end: 19, text: 'A' }, { start: 23, end: 27, text: 'undefined' }], { offset: 12, text: '\nconst y = 1;' }],
    ['a(\n  x\n)\nb', [{ start: 0, end: 8, text: 'true' }], undefined],
    ['x = wx.y', [{ start: 4, end: 8, text: 'line1\nline2' }], { offset: 0, text: 'h1\nh2\n' }],
    ['\r\nabc\r\n', [{ start: 2, end: 3, text: 'Z' }], undefined],
  ]
  it.each(cases)('matches magic-string for %j', (code, edits, header) => {
    const s = new MagicString(code)
    for (const { start, end, text } of edits)
      s.update(start, end, text)
    if (header?.offset === 0)
      s.prepend(header.text)
    else if (header)
      s.appendLeft(header.offset, header.text)
    const expected = s.generateMap({ source: 'dir\\a.js', includeContent: true, hires: true })
    expect(hiresMap(code, 'dir\\a.js', edits, header)).toEqual(expected)
  })
  it('matches magic-string on random edits', () => {
    let seed = 7
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    const alphabet = 'ab \n\nc(){}.;\r'
    for (let round = 0; round < 300; round++) {
      const code = Array.from({ length: random(60) + 1 }, () => alphabet[random(alphabet.length)]).join('')
      const edits: Array<{ start: number; end: number; text: string }> = []
      for (let at = random(5); at < code.length; at += random(8) + 1) {
        const end = Math.min(code.length, at + random(6) + 1)
        edits.push({ start: at, end, text: ['x', 'yy\nz', '_wx_q', 'w\n'][random(4)]! })
        at = end
      }
      const offset = random(3) === 0 ? 0 : Math.min(code.length, random(code.length + 1))
      const header = random(4) === 0 ? undefined : { offset, text: offset === 0 ? 'h;\n' : '\nh;' }
      if (header && edits.some(e => e.start < header.offset && header.offset < e.end))
        continue
      const s = new MagicString(code)
      for (const { start, end, text } of edits)
        s.update(start, end, text)
      if (header?.offset === 0)
        s.prepend(header.text)
      else if (header)
        s.appendLeft(header.offset, header.text)
      const expected = s.generateMap({ source: 'a.js', includeContent: true, hires: true })
      expect(hiresMap(code, 'a.js', edits, header).mappings, JSON.stringify({ code, edits, header })).toBe(expected.mappings)
    }
  })
})
