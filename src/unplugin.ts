import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createUnplugin } from 'unplugin'
import type { UnpluginInstance } from 'unplugin'
import { createReportCollector, formatReport } from './build-report'
import type { BuildReport } from './build-report'
import { PLUGIN_NAME } from './constants'
import { resolveOptions } from './options'
import type { Options } from './options'
import { pageModules, RESOLVED_SETUP_ID, SETUP_ID, setupModuleCode } from './setup-module'
import { transformWxDetailed } from './transform'
import type { TransformResult } from './transform'

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

const quote = (text: string) => `'${text.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'`

/**
 * Puts the setup import on a line of its own just above the transform's runtime import (which sits
 * after any hashbang or directive prologue), so that it is the module's first import. A whole
 * inserted line shifts the source map by one generated line: one empty group in `mappings`.
 */
function withSetupImport(result: TransformResult, runtime: string): TransformResult {
  const lines = result.code.split('\n')
  const from = `from ${quote(runtime)};`
  const required = `= require(${quote(runtime)});`
  const at = lines.findIndex(line => (line.startsWith('import { ') && line.endsWith(from)) || (line.startsWith('const { ') && line.endsWith(required)))
  if (at === -1) return result
  const statement = lines[at]!.startsWith('import') ? `import ${quote(SETUP_ID)};` : `require(${quote(SETUP_ID)});`
  lines.splice(at, 0, statement)
  let map = result.map
  if (map) {
    const groups = map.mappings.split(';')
    if (at <= groups.length) groups.splice(at, 0, '')
    map = Object.assign(Object.create(Object.getPrototypeOf(map) as object) as typeof map, map, { mappings: groups.join(';') })
  }
  return { ...result, code: lines.join('\n'), map }
}

export const unplugin: UnpluginInstance<PluginOptions | undefined, false> = createUnplugin<PluginOptions | undefined, false>((options = {}) => {
  const { onReport, ...transformOptions } = options
  if (onReport !== undefined && typeof onReport !== 'function')
    throw new TypeError(`[${PLUGIN_NAME}] \`onReport\` must be a function; got ${typeof onReport}.`)
  const resolved = resolveOptions(transformOptions)
  const pages = resolved.app && pageModules(resolved.app)
  const skipped = ownRuntimeDirectories()
  const reports = createReportCollector()

  return {
    name: PLUGIN_NAME,
    // Before TypeScript/JSX stripping: the transform sees (and maps back to) the author's source.
    enforce: 'pre',

    resolveId: {
      filter: { id: /^virtual:wx-h5\/setup$/ },
      handler: id => (id === SETUP_ID ? RESOLVED_SETUP_ID : null),
    },

    load: {
      filter: { id: /wx-h5-setup$/ },
      handler(id) {
        if (id !== RESOLVED_SETUP_ID) return null
        for (const page of pages?.missing ?? [])
          this.warn(`[${PLUGIN_NAME}] app.json lists the page "${page}", but no ${page}.js or ${page}.ts exists beside app.json; navigating to it fails.`)
        return setupModuleCode(resolved, pages)
      },
    },

    transform: {
      filter: { code: HANDLED_TOKEN },
      handler(code, id) {
        const path = id.replace(/\\/g, '/')
        if (skipped.some(dir => path.startsWith(dir))) return null
        const outcome = transformWxDetailed(code, id, resolved)
        for (const warning of outcome.warnings)
          this.warn({ message: warning.message, code: warning.code })
        reports.set(id, outcome.result?.report ?? [])
        if (!outcome.result) return null
        const { code: output, map } = withSetupImport(outcome.result, resolved.runtime)
        return { code: output, map }
      },
    },

    buildEnd() {
      const report = reports.build()
      if (report.sites.length > 0) console.log(formatReport(report, process.cwd().replace(/\\/g, '/')))
      onReport?.(report)
    },
  }
})

export default unplugin
