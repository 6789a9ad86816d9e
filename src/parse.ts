import type { ParserPlugin } from '@babel/parser'
import type { File } from '@babel/types'
import type { TransformWarning } from './messages'
import { parse } from '@babel/parser'
import { parseErrorWarning } from './messages'

export type ParseOutcome = { ast: File; warning?: undefined } | { ast?: undefined; warning: TransformWarning }

/** Parser plugins by the id's extension; `lang.ts` in a query (Vue/Svelte blocks) counts too. */
export function parserPluginsFor(id: string): ParserPlugin[] {
  const [path, query = ''] = id.split('?', 2)
  const lang = /\.([cm]?[jt]sx?)$/.exec(path!)?.[1] ?? /\blang\.(tsx?|jsx?)\b/.exec(query)?.[1] ?? 'js'
  if (lang === 'tsx')
    return ['typescript', 'jsx', 'decorators-legacy']
  if (lang.endsWith('ts'))
    return ['typescript', 'decorators-legacy']
  return ['jsx']
}

/** Parses a module with our own parser (never the bundler's); a syntax error becomes a warning. */
export function parseModule(code: string, id: string): ParseOutcome {
  try {
    const ast = parse(code, {
      sourceType: 'unambiguous',
      plugins: parserPluginsFor(id),
      // CommonJS mini-program files may `return` at the top level.
      allowReturnOutsideFunction: true,
      errorRecovery: false,
      // Comments are never read; not attaching them to nodes saves about 5% of the parse.
      attachComment: false,
    })
    return { ast }
  }
  catch (error) {
    const { loc, message } = error as { loc?: { line: number; column: number }; message: string }
    if (!loc)
      throw error
    const reason = message.replace(/\s*\(\d+:\d+\)$/, '')
    return { warning: parseErrorWarning(code, { file: id, line: loc.line, column: loc.column }, reason) }
  }
}
