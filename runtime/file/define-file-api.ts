import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'
import { absorbForeignFiles, loadFileSystem, persisted, prepare } from './store'

export type Options = Record<string, unknown>

/** `'filePath:String encoding:String?'` → checkParams rules, keys in the order written. */
export const rulesOf = (spec: string): Record<string, string> =>
  Object.fromEntries(spec.split(' ').filter(Boolean).map(pair => pair.split(':')))

/**
 * A definer of async file APIs that wait for `ready(options)` before their body. Each API
 * checks the parameters (`spec`, see rulesOf), waits, runs `body` on the mirror and returns
 * its value (under `key` when given). FileSystemManager methods take no Promise form and
 * report success once every change is committed to IndexedDB; the legacy global APIs take
 * the Promise form, and those that only read do not wait for the commit.
 */
function definer(ready: (options: Options) => Promise<void>) {
  return <O>(
    name: string,
    spec: string,
    body: (options: O) => unknown,
    key?: string,
    legacy?: 'read' | 'write',
  ): (options?: Options) => unknown => {
    const rules = rulesOf(spec)
    const run = async (options: Options): Promise<object | void> => {
      checkParams(options, rules)
      await ready(options)
      const value = await body(options as O)
      if (legacy !== 'read') await persisted()
      return key ? { [key]: value } : value as object | void
    }
    return legacy ? defineAsync(name, run) : defineAsync(name, run, false)
  }
}

/**
 * Most file APIs: they wait for the stored files and the bytes of any temp file named in
 * the options, and take in the files other areas put under `wxfile://usr` first.
 */
export const defineFileApi = /* @__PURE__ */ definer(async (options) => {
  await prepare(...Object.values(options))
  absorbForeignFiles()
})

/**
 * The legacy saved-file APIs that only look under `wxfile://store` (no temp file, nothing
 * another area writes lives there): the stored files are all they wait for.
 */
export const defineSavedFileApi = /* @__PURE__ */ definer(loadFileSystem)
