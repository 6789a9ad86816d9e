// Builds test/fixtures/app with each bundler through its real API and the plugin from dist/, the
// way an app would load it: Vite, Rollup and esbuild by `import`, Webpack by `require()` (the
// CommonJS config form) and Rspack by `require().default`.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { PluginOptions } from '../../src/unplugin'
import type { BuildReport } from '../../src/build-report'

export const root = fileURLToPath(new URL('../..', import.meta.url))

/** What to build: a directory with index.html (Vite's input) and the entry module of the others. */
export interface Project {
  dir: string
  entry: string
  /** Rollup's entry when it differs (Rollup bundles no CommonJS without @rollup/plugin-commonjs). */
  rollupEntry?: string
  /** URL path the build is served under: `./` (relative) or `/` (an app with history routes). */
  base: './' | '/'
  /**
   * esbuild code splitting, for apps whose pages load with import(). esbuild then also emits a
   * chunk for every import() in the runtime's module graph, used or not (never loaded unless used).
   */
  splitting?: boolean
}

export const fixtureApp: Project = { dir: join(root, 'test/fixtures/app'), entry: 'main.js', rollupEntry: 'rollup-main.js', base: './' }
/** `wx-h5/runtime` as the package ships it. */
export const runtimeEntry = join(root, 'dist/runtime/index.mjs')

const require = createRequire(import.meta.url)

export type BundlerName = 'vite' | 'webpack' | 'rollup' | 'esbuild' | 'rspack'

export interface Built {
  /** Directory to serve: holds index.html and the bundle. */
  dir: string
  /** Every emitted .js file's text, concatenated. */
  code: string
  /** Fixture module (basename) → its code right after wx-h5 transformed it (Vite and Webpack). */
  transformed: Map<string, string>
  report: BuildReport
  warnings: string[]
}

type Options = Omit<PluginOptions, 'onReport'>

function collectJs(dir: string): string {
  let text = ''
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) text += collectJs(path)
    else if (/\.[cm]?js$/.test(entry)) text += `${readFileSync(path, 'utf8')}\n`
  }
  return text
}

function page(script: string, module: boolean): string {
  return `<!doctype html><meta charset="utf-8"><title>pending</title><script${module ? ' type="module"' : ''} src="${script}"></script>`
}

export async function buildWith(name: BundlerName, outDir: string, options: Options, project: Project = fixtureApp): Promise<Built> {
  const fixture = project.dir
  const isFixture = (id: string) => id.replace(/\\/g, '/').startsWith(`${fixture}/`)
  const script = `${project.base}main.js`
  mkdirSync(outDir, { recursive: true })
  let report: BuildReport | undefined
  const pluginOptions: PluginOptions = { ...options, onReport: r => void (report = r) }
  const transformed = new Map<string, string>()
  const warnings: string[] = []

  if (name === 'vite') {
    const { build } = await import('vite')
    const { default: wxH5 } = await import(pathToFileURL(join(root, 'dist/vite.mjs')).href) as typeof import('../../plugins/vite')
    await build({
      root: fixture,
      configFile: false,
      logLevel: 'silent',
      base: project.base,
      resolve: { alias: { 'wx-h5/runtime': runtimeEntry } },
      plugins: [
        wxH5(pluginOptions),
        // Runs after wx-h5 (which is `enforce: 'pre'`): sees the transformed fixture modules.
        { name: 'spy', transform: (code, id) => void (isFixture(id) && transformed.set(basename(id), code)) },
      ],
      build: { outDir, emptyOutDir: true, modulePreload: false },
      customLogger: {
        info() {}, warnOnce(message) { warnings.push(message) }, warn(message) { warnings.push(message) },
        error(message) { warnings.push(message) }, clearScreen() {}, hasErrorLogged: () => false, hasWarned: false,
      },
    })
  }
  else if (name === 'webpack' || name === 'rspack') {
    const spyLoader = fileURLToPath(new URL('./spy-loader.cjs', import.meta.url))
    const config = {
      mode: 'production' as const,
      context: fixture,
      entry: `./${project.entry}`,
      devtool: false as const,
      output: { path: outDir, filename: 'main.js', publicPath: project.base === '/' ? '/' : `/${name}/` },
      resolve: { alias: { 'wx-h5/runtime$': runtimeEntry } },
      optimization: { minimize: true },
      // Normal loaders run after wx-h5's `enforce: 'pre'` one: the spy sees its output.
      module: {
        rules: [
          { test: (resource: string) => isFixture(resource), use: [{ loader: spyLoader }] },
          // TypeScript pages: Rspack's built-in SWC loader strips the types after wx-h5 has run.
          ...(name === 'rspack' ? [{ test: /\.ts$/, loader: 'builtin:swc-loader', options: { jsc: { parser: { syntax: 'typescript' } } }, type: 'javascript/auto' }] : []),
        ],
      },
    }
    const spied = ((globalThis as { __wxH5Spy?: Map<string, string> }).__wxH5Spy = new Map())
    const stats = await new Promise<{ hasErrors(): boolean, toJson(o: unknown): { errors?: Array<{ message: string }>, warnings?: Array<{ message: string }> } }>((resolve, reject) => {
      let compiler: { run(cb: (error: Error | null, stats: unknown) => void): void, close(cb: () => void): void }
      if (name === 'webpack') {
        const webpack = require('webpack') as (config: unknown) => typeof compiler
        const wxH5 = require(join(root, 'dist/webpack.cjs')) as (options: PluginOptions) => unknown
        compiler = webpack({ ...config, plugins: [wxH5(pluginOptions)] })
      }
      else {
        const { rspack } = require('@rspack/core') as { rspack: (config: unknown) => typeof compiler }
        const wxH5 = (require(join(root, 'dist/rspack.cjs')) as { default: (options: PluginOptions) => unknown }).default
        compiler = rspack({ ...config, plugins: [wxH5(pluginOptions)] })
      }
      compiler.run((error, result) => compiler.close(() => (error ? reject(error) : resolve(result as never))))
    })
    const json = stats.toJson({ all: false, errors: true, warnings: true })
    if (stats.hasErrors()) throw new Error(`${name} build failed:\n${json.errors?.map(e => e.message).join('\n')}`)
    warnings.push(...(json.warnings ?? []).map(w => w.message))
    for (const [id, code] of spied) transformed.set(basename(id), code)
    writeFileSync(join(outDir, 'index.html'), page(script, false))
  }
  else if (name === 'rollup') {
    const { rollup } = await import('rollup')
    const { nodeResolve } = await import('@rollup/plugin-node-resolve')
    const { default: wxH5 } = await import(pathToFileURL(join(root, 'dist/rollup.mjs')).href) as typeof import('../../plugins/rollup')
    const bundle = await rollup({
      input: join(fixture, project.rollupEntry ?? project.entry),
      plugins: [
        { name: 'runtime-alias', resolveId: id => (id === 'wx-h5/runtime' ? runtimeEntry : null) },
        wxH5(pluginOptions),
        nodeResolve(),
      ],
      onwarn: warning => void warnings.push(warning.message),
    })
    await bundle.write({ dir: outDir, format: 'es', entryFileNames: 'main.js' })
    await bundle.close()
    writeFileSync(join(outDir, 'index.html'), page(script, true))
  }
  else {
    const esbuild = await import('esbuild')
    const { default: wxH5 } = await import(pathToFileURL(join(root, 'dist/esbuild.mjs')).href) as typeof import('../../plugins/esbuild')
    const result = await esbuild.build({
      entryPoints: { main: join(fixture, project.entry) },
      bundle: true,
      format: 'esm',
      splitting: project.splitting ?? false,
      outdir: outDir,
      alias: { 'wx-h5/runtime': runtimeEntry },
      plugins: [wxH5(pluginOptions)],
      minify: true,
      logLevel: 'silent',
    })
    warnings.push(...result.warnings.map(w => w.text))
    writeFileSync(join(outDir, 'index.html'), page(script, true))
  }

  if (!report) throw new Error(`${name}: the plugin reported nothing at build end`)
  return { dir: outDir, code: collectJs(outDir), transformed, report, warnings }
}
