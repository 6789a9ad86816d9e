import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ResolvedOptions } from './options'

/**
 * What every transformed module imports first; the bundler evaluates it once, before any of them.
 * No `scheme:` prefix (Webpack rejects unknown URI schemes) and not a valid package name.
 */
export const SETUP_ID = '~wx-h5/setup'

/** The id the plugin resolves SETUP_ID to (`\0`: other plugins leave it alone). */
export const RESOLVED_SETUP_ID = '\0wx-h5-setup'

/**
 * `~wx-h5/pick/showToast,hideToast`: what a CommonJS module requires instead of the runtime, an
 * ES module re-exporting just those names, so the bundler tree-shakes the rest of the runtime.
 */
export const PICK_PREFIX = '~wx-h5/pick/'
export const RESOLVED_PICK_PREFIX = '\0wx-h5-pick/'

/** Source of a pick module: `export { a, b } from '<runtime>'`; undefined for a malformed id. */
export function pickModuleCode(id: string, runtime: string): string | undefined {
  const names = id.slice(RESOLVED_PICK_PREFIX.length).split(',')
  if (!names.every(name => /^[A-Za-z_$][\w$]*$/.test(name))) return undefined
  return `export { ${names.join(', ')} } from ${JSON.stringify(runtime)};\n`
}

/** Extensions tried, in order, for a page path of app.json (`pages/index/index`). */
const PAGE_EXTENSIONS = ['.ts', '.js', '.mts', '.mjs']

export interface PageModules {
  /** Page path → absolute file of its script, for every page whose script was found. */
  found: Array<[page: string, file: string]>
  /** Pages listed in app.json with no script beside it. */
  missing: string[]
  /** Page path → its page.json (`pages/index/index.json`), for the pages that have one. */
  configs: Array<[page: string, json: Record<string, unknown>]>
}

/** Every page of app.json (`pages` and each subpackage's `root` + `pages`), with its script. */
export function pageModules(app: NonNullable<ResolvedOptions['app']>): PageModules {
  const config = app.config as { pages: string[], subpackages?: unknown, subPackages?: unknown }
  const pages = [...config.pages]
  for (const sub of [config.subpackages, config.subPackages]) {
    if (!Array.isArray(sub)) continue
    for (const pkg of sub as Array<{ root?: unknown, pages?: unknown }>) {
      if (typeof pkg?.root !== 'string' || !Array.isArray(pkg.pages)) continue
      const root = pkg.root.replace(/\/+$/, '')
      for (const page of pkg.pages) if (typeof page === 'string') pages.push(`${root}/${page}`)
    }
  }
  const found: PageModules['found'] = []
  const missing: string[] = []
  const configs: PageModules['configs'] = []
  for (const page of new Set(pages.map(page => page.replace(/^\/+/, '')))) {
    const base = join(app.appRoot, page)
    const file = PAGE_EXTENSIONS.map(ext => base + ext).find(candidate => existsSync(candidate))
    if (file) found.push([page, file.replace(/\\/g, '/')])
    else missing.push(page)
    const json = readPageJson(`${base}.json`)
    if (json) configs.push([page, json])
  }
  return { found, missing, configs }
}

function readPageJson(path: string): Record<string, unknown> | undefined {
  if (!existsSync(path)) return undefined
  let value: unknown
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  }
  catch (error) {
    throw new Error(`[wx-h5] ${path} is not valid JSON (${(error as Error).message}).`)
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`[wx-h5] ${path} must hold a JSON object (the page's configuration).`)
  return value as Record<string, unknown>
}

/**
 * The page chrome (runtime exports) app.json asks for: the navigation bar always (WeChat draws it,
 * or with navigationStyle custom its capsule, on every page), the tab bar when WeChat draws one,
 * pull-down refresh when the window or a page enables it. Only these are bundled.
 */
export function chromeParts(app: Record<string, unknown>, configs: PageModules['configs'] = []): string[] {
  const parts = ['navigationBar']
  const tabBar = app.tabBar as { custom?: unknown } | undefined
  if (tabBar && !tabBar.custom) parts.push('tabBar')
  const windows = [app.window, ...configs.map(([, json]) => json)] as Array<Record<string, unknown> | undefined>
  if (windows.some(window => window?.enablePullDownRefresh === true)) parts.push('pullDownRefresh')
  return parts
}

/**
 * Source of the setup module: one `configure()` call with what the options say, then, for an app,
 * `startRouter()` once the app's entry module (the one that calls `App()`) has finished running.
 */
export function setupModuleCode(options: ResolvedOptions, pages: PageModules | undefined): string {
  const runtime = JSON.stringify(options.runtime)
  const settings: string[] = [`target: ${JSON.stringify(options.target)}`]
  if (options.appId !== undefined) settings.push(`appId: ${JSON.stringify(options.appId)}`)
  const domains = Object.entries(options.domains).filter(([, list]) => list.length > 0)
  if (domains.length > 0) settings.push(`domains: ${JSON.stringify(Object.fromEntries(domains))}`)
  if (!options.app) return `import { configure } from ${runtime};\nconfigure({ ${settings.join(', ')} });\n`

  settings.push(`app: ${JSON.stringify(options.app.config)}`)
  const loaders = (pages?.found ?? []).map(([page, file]) => `    ${JSON.stringify(page)}: () => import(${JSON.stringify(file)}),`)
  settings.push(`pages: {\n${loaders.join('\n')}\n  }`)
  if (pages?.configs.length) settings.push(`pageConfig: ${JSON.stringify(Object.fromEntries(pages.configs))}`)
  const chrome = chromeParts(options.app.config, pages?.configs)
  settings.push(`chrome: [${chrome.join(', ')}]`)
  return [
    `import { configure, startRouter } from ${runtime};`,
    `import { ${chrome.join(', ')} } from ${runtime};`,
    `configure({\n  ${settings.join(',\n  ')},\n});`,
    // Modules evaluate synchronously: a task queued now runs after the whole entry graph has run.
    'setTimeout(startRouter, 0);',
    '',
  ].join('\n')
}
