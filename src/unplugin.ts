import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createUnplugin } from 'unplugin'
import type { UnpluginInstance } from 'unplugin'
import { createReportCollector, formatReport } from './build-report'
import type { BuildReport } from './build-report'
import { PLUGIN_NAME } from './constants'
import { resolveOptions } from './options'
import type { Options, ResolvedOptions } from './options'
import { finishModule } from './module-header'
import { pageModules, PICK_PREFIX, pickModuleCode, RESOLVED_PICK_PREFIX, RESOLVED_SETUP_ID, SETUP_ID, setupModuleCode } from './setup-module'
import { transformWxDetailed } from './transform'

export type { BuildReport } from './build-report'

export interface PluginOptions extends Options {
  /**
   * Receives the compatibility report (every rewritten site and the totals) at the end of each
   * build, after the summary is printed.
   */
  onReport?: (report: BuildReport) => void
}

/** The cheap pre-check as a bundler filter: modules that never mention a handled global are skipped. */
const HANDLED_TOKEN = /\b(?:wx|getApp|getCurrentPages|App|Page)\b/

/** The setup module's file as Webpack and Rspack see it (a URI-encoded virtual path). */
const SETUP_RESOURCE = /(?:\0|%00)wx-h5-setup$/

/**
 * This package's own runtime (source and built), which must never be transformed, wherever the
 * package lives: a checkout named anything, a workspace link, node_modules.
 */
function ownRuntimeDirectories(): string[] {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PLUGIN_NAME)
      return [join(dir, 'runtime'), join(dir, 'dist', 'runtime')].map(path => `${path.replace(/\\/g, '/')}/`)
    const parent = dirname(dir)
    if (parent === dir) return []
    dir = parent
  }
}

/**
 * `include`/`exclude` as a bundler-side id filter, so that Webpack and Rspack do not even run the
 * loader on excluded modules. Only RegExps carry over (globs are matched in the handler, which
 * applies both lists again in every case).
 */
function idFilter(options: ResolvedOptions): { include?: RegExp[], exclude?: RegExp[] } | undefined {
  const plain = (list: ReadonlyArray<string | RegExp>) =>
    list.every(item => item instanceof RegExp) ? (list as RegExp[]).map(re => new RegExp(re.source, re.flags.replace(/[gy]/g, ''))) : undefined
  const include = plain(options.include)
  const exclude = plain(options.exclude)
  if (!include && !exclude) return undefined
  return { ...(include && { include }), ...(exclude && { exclude }) }
}

export const unplugin: UnpluginInstance<PluginOptions | undefined, false> = createUnplugin<PluginOptions | undefined, false>((options = {}, meta) => {
  const { onReport, ...transformOptions } = options
  if (onReport !== undefined && typeof onReport !== 'function')
    throw new TypeError(`[${PLUGIN_NAME}] \`onReport\` must be a function; got ${typeof onReport}.`)
  const resolved = resolveOptions(transformOptions)
  const pages = resolved.app && pageModules(resolved.app)
  // Page modules run for their side effect (`Page({...})`) and export nothing: a `"sideEffects":
  // false` in the app's package.json must not let the bundler empty them.
  const pageFiles = new Set(pages?.found.map(([, file]) => file))
  const isPageFile = (resource: string) => pageFiles.has(resource.replace(/\\/g, '/').replace(/[?#].*$/, ''))
  const rollupLike = meta.framework === 'rollup' || meta.framework === 'vite' || meta.framework === 'rolldown'
  const skipped = ownRuntimeDirectories()
  const reports = createReportCollector()

  return {
    name: PLUGIN_NAME,
    // Before TypeScript/JSX stripping: the transform sees (and maps back to) the author's source.
    enforce: 'pre',

    resolveId: {
      filter: { id: /^~wx-h5\// },
      handler(id) {
        if (id === SETUP_ID) return RESOLVED_SETUP_ID
        if (id.startsWith(PICK_PREFIX)) return RESOLVED_PICK_PREFIX + id.slice(PICK_PREFIX.length)
        return null
      },
    },

    load: {
      filter: { id: /wx-h5-(?:setup$|pick\/)/ },
      handler(id) {
        // Webpack and Rspack hand virtual ids back URI-encoded.
        const virtual = id.includes('%') ? decodeURIComponent(id) : id
        if (virtual.startsWith(RESOLVED_PICK_PREFIX)) return pickModuleCode(virtual, resolved.runtime) ?? null
        if (virtual !== RESOLVED_SETUP_ID) return null
        for (const page of pages?.missing ?? [])
          this.warn(`[${PLUGIN_NAME}] app.json lists the page "${page}", but no ${page}.js or ${page}.ts exists beside app.json; navigating to it fails.`)
        return setupModuleCode(resolved, pages)
      },
    },

    transform: {
      filter: { id: idFilter(resolved), code: HANDLED_TOKEN },
      handler(code, id) {
        const path = id.replace(/\\/g, '/')
        if (skipped.some(dir => path.startsWith(dir))) return null
        const outcome = transformWxDetailed(code, id, resolved)
        for (const warning of outcome.warnings)
          this.warn({ message: warning.message, code: warning.code })
        reports.set(id, outcome.result?.report ?? [])
        const sideEffects = rollupLike && isPageFile(id) ? { moduleSideEffects: true } : {}
        if (!outcome.result) return 'moduleSideEffects' in sideEffects ? { code, map: null, ...sideEffects } : null
        const finished = finishModule(outcome.result, resolved.runtime)
        // Every site but a folded canIUse comes with a runtime import; not finding it is a bug.
        if (finished === outcome.result && outcome.result.report.some(site => site.status !== 'folded'))
          this.warn(`[${PLUGIN_NAME}] ${id}: the runtime import was not found, so this module does not import the setup first; please report this.`)
        return { code: finished.code, map: finished.map, ...sideEffects }
      },
    },

    // The setup module is imported for its side effect only. A `"sideEffects": false` in the app's
    // package.json would let Webpack and Rspack drop that import (their virtual modules live in the
    // project directory), and page modules too, so these rules say otherwise. Rollup, Vite and
    // esbuild never apply package.json to a virtual module; pages get `moduleSideEffects` above.
    webpack(compiler) {
      compiler.options.module.rules.push({ test: SETUP_RESOURCE, sideEffects: true }, { test: isPageFile, sideEffects: true })
    },
    rspack(compiler) {
      compiler.options.module.rules.push({ test: SETUP_RESOURCE, sideEffects: true }, { test: isPageFile, sideEffects: true })
    },

    buildEnd() {
      const report = reports.build()
      if (report.sites.length > 0) console.log(formatReport(report, process.cwd().replace(/\\/g, '/')))
      onReport?.(report)
    },
  }
})

export default unplugin
