import { describe, expect, it, vi } from 'vitest'
import { runDetailed } from './helpers'

vi.mock('../../runtime/implemented', () => import('./implemented.fixture'))

describe('syntax errors', () => {
  it('leaves the file alone and warns with file:line:column and a code frame', () => {
    const { result, warnings } = runDetailed(`const a = 1\nwx.showToast({ title: 'x' )\nfoo()`, 'src/broken.js')
    expect(result).toBeUndefined()
    expect(warnings).toHaveLength(1)
    expect(warnings[0]!.code).toBe('WX_H5_PARSE_ERROR')
    expect(warnings[0]!.loc).toEqual({ file: 'src/broken.js', line: 2, column: 26 })
    expect(warnings[0]!.message).toMatchInlineSnapshot(`
      "[wx-h5] src/broken.js:2:27: could not parse the file (Unexpected token, expected ","); it is left untransformed. Fix the syntax or leave the file out with the \`exclude\` option.
        1 | const a = 1
      > 2 | wx.showToast({ title: 'x' )
          |                           ^
        3 | foo()"
    `)
  })
  it('parses TypeScript only for TypeScript ids', () => {
    expect(runDetailed(`const n: number = wx.getStorageSync('n')`, 'src/a.js').warnings[0]!.message).toContain('src/a.js:1:8')
    expect(runDetailed(`const n: number = wx.getStorageSync('n')`, 'src/a.ts').result).toBeDefined()
    expect(runDetailed(`const n = <T,>(x: T) => wx.request(x)`, 'src/a.vue?vue&type=script&lang.ts').result).toBeDefined()
  })
})
