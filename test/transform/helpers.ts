import type { Options } from '../../src/options'
import { resolveOptions } from '../../src/options'
import { transformWx, transformWxDetailed } from '../../src/transform'

/** Options every transform test starts from: an old-enough target makes since-guards visible. */
export const BASE_OPTIONS: Options = { target: '2.10.0', sourcemap: false }

/** Transformed code, or undefined when the module is left alone. */
export function run(code: string, id = 'src/page.js', options: Options = {}): string | undefined {
  return transformWx(code, id, resolveOptions({ ...BASE_OPTIONS, ...options }))?.code
}

export function runDetailed(code: string, id = 'src/page.js', options: Options = {}) {
  return transformWxDetailed(code, id, resolveOptions({ ...BASE_OPTIONS, ...options }))
}
