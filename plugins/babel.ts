// `import wxH5 from 'wx-h5/babel'`: the same transform as the unplugin, for Babel pipelines.
//
// It runs transformWx on the source text in `parserOverride` and lets Babel parse the result, so
// the code Babel continues with is exactly the unplugin's output. `pre` then hands Babel that
// text and its source map, so `path.getSource()` and Babel's own maps stay right. Warnings go to
// `console.warn` (Babel has no warning channel) and, with the report, to `result.metadata.wxH5`.
// Only one plugin in a Babel run may override parsing.
import type { BabelFile, ConfigAPI, PluginObj, PluginPass } from '@babel/core'
import type { ParserOptions } from '@babel/parser'
import type { File } from '@babel/types'
import type { Options } from '../src/options'
import type { TransformResult, TransformWarning } from '../src/transform'
import { resolveOptions } from '../src/options'
import { transformWxDetailed } from '../src/transform'

export interface WxH5BabelMetadata {
  report: TransformResult['report']
  warnings: TransformWarning[]
}

type ParseFunction = (code: string, options: ParserOptions) => File

export type WxH5BabelPlugin = PluginObj & {
  parserOverride: (code: string, parserOptions: ParserOptions & { sourceFileName?: string }, parse: ParseFunction) => File | undefined
}

export default function wxH5Babel(api: ConfigAPI & { assertVersion?: (range: number) => void }, options: Options = {}): WxH5BabelPlugin {
  api.assertVersion?.(7)
  const resolved = resolveOptions(options)
  // parserOverride gets no plugin state; the parsed AST is what links it to `pre` of the same file.
  const results = new WeakMap<File, TransformResult>()
  return {
    name: 'wx-h5',
    parserOverride(code, parserOptions, parse) {
      const id = parserOptions.sourceFileName ?? 'unknown.js'
      const { result, warnings } = transformWxDetailed(code, id, resolved)
      for (const warning of warnings)
        console.warn(warning.message)
      if (!result)
        return undefined
      const ast = parse(result.code, parserOptions)
      results.set(ast, result)
      return ast
    },
    pre(this: PluginPass, file: BabelFile) {
      const result = results.get(file.ast)
      if (!result)
        return
      file.code = result.code
      // Chaining with a map the file already had is left to that tool; ours maps the original.
      if (result.map && !file.inputMap)
        file.inputMap = { toObject: () => ({ ...result.map }) }
      const metadata: WxH5BabelMetadata = { report: result.report, warnings: result.warnings }
      Object.assign(file.metadata, { wxH5: metadata })
    },
    visitor: {},
  }
}
