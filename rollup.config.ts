// `npm run build`: the Node entries (transform and bundler plugins) as ESM + CJS, the browser
// runtime as ESM modules kept one file per source module, and type declarations for all of them.
// TypeScript 7 has no JS compiler API, so esbuild strips the types and `tsc` emits declarations.
import { execFileSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { OutputOptions, Plugin, RollupLog, RollupOptions } from 'rollup'
import esbuild from 'rollup-plugin-esbuild'

const root = dirname(fileURLToPath(import.meta.url))
const dist = join(root, 'dist')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
}

/** Entry name (the `wx-h5/<name>` subpath; `index` is `wx-h5`) → source file. */
const NODE_ENTRIES: Record<string, string> = {
  index: 'src/index.ts',
  vite: 'plugins/vite.ts',
  webpack: 'plugins/webpack.ts',
  rollup: 'plugins/rollup.ts',
  esbuild: 'plugins/esbuild.ts',
  rspack: 'plugins/rspack.ts',
  babel: 'plugins/babel.ts',
}

/** Entries whose only export is a default: `require()` returns it directly (and as `.default`). */
const DEFAULT_ONLY = new Set(Object.keys(NODE_ENTRIES).filter(name => name !== 'index'))

const packages = [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]
const builtins = new Set(builtinModules)

function isExternal(id: string): boolean {
  return id.startsWith('node:') || builtins.has(id) || packages.some(name => id === name || id.startsWith(`${name}/`))
}

/**
 * Any warning is a bug in the build: fail instead of shipping it. Import cycles are the exception:
 * ES modules allow them and the runtime has a few between areas; one that broke evaluation order
 * would fail the bundles that test/plugins builds and runs in Chromium.
 */
function onwarn(warning: RollupLog): void {
  if (warning.code === 'CIRCULAR_DEPENDENCY') return
  throw new Error(`[build] ${warning.code ?? 'WARNING'}: ${warning.message}`)
}

const stripTypes = () => esbuild({ target: 'node20', sourceMap: false })

/** Removes dist/ before the first build so that no stale file is shipped. */
function cleanDist(): Plugin {
  return { name: 'wx-h5:clean', buildStart: () => rmSync(dist, { recursive: true, force: true }) }
}

const cjsDefaultFooter: OutputOptions['footer'] = chunk =>
  chunk.isEntry && DEFAULT_ONLY.has(chunk.name)
    ? 'module.exports = Object.assign(exports.default, { default: exports.default });'
    : ''

const nodeBuild: RollupOptions = {
  input: Object.fromEntries(Object.entries(NODE_ENTRIES).map(([name, file]) => [name, join(root, file)])),
  external: isExternal,
  onwarn,
  plugins: [cleanDist(), stripTypes()],
  output: [
    { dir: dist, format: 'es', entryFileNames: '[name].mjs', chunkFileNames: 'shared/[name]-[hash].mjs' },
    {
      dir: dist,
      format: 'cjs',
      exports: 'named',
      // Several dependencies are ES modules (loaded through require(esm)): honour their __esModule.
      interop: 'auto',
      entryFileNames: '[name].cjs',
      chunkFileNames: 'shared/[name]-[hash].cjs',
      footer: cjsDefaultFooter,
    },
  ],
}

const runtimeBuild: RollupOptions = {
  input: join(root, 'runtime/index.ts'),
  // The runtime has no dependencies; anything external here would be a mistake.
  external: () => false,
  onwarn,
  plugins: [stripTypes(), declarations()],
  // One output file per source module, so that the app's bundler tree-shakes per API.
  output: {
    dir: join(dist, 'runtime'),
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: join(root, 'runtime'),
    entryFileNames: '[name].mjs',
  },
}

export default [nodeBuild, runtimeBuild]

// ---- declarations -----------------------------------------------------------------------------

/**
 * Runs `tsc -p tsconfig.build.json` (declarations of src/, plugins/, runtime/ into dist/types/),
 * makes their relative imports explicit (`./x.js`) so Node16 resolution finds them, copies the
 * tree to dist/types-cjs/ for `require` consumers, and writes one small declaration file per entry.
 */
function declarations(): Plugin {
  return {
    name: 'wx-h5:declarations',
    closeBundle() {
      const tsc = join(root, 'node_modules/typescript/bin/tsc')
      const types = join(dist, 'types')
      execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'inherit' })
      for (const file of walk(types)) writeFileSync(file, explicitSpecifiers(file, readFileSync(file, 'utf8')))
      const typesCjs = join(dist, 'types-cjs')
      cpSync(types, typesCjs, { recursive: true })
      for (const file of walk(typesCjs)) writeFileSync(file, importModeForPackages(readFileSync(file, 'utf8')))
      writeFileSync(join(typesCjs, 'package.json'), '{ "type": "commonjs" }\n')
      for (const [name, file] of Object.entries(NODE_ENTRIES)) {
        const target = file.replace(/\.ts$/, '.js')
        writeFileSync(join(dist, `${name}.d.mts`), esmEntry(`./types/${target}`))
        writeFileSync(join(dist, `${name}.d.cts`), cjsEntry(`./types-cjs/${target}`, name))
      }
      mkdirSync(join(dist, 'runtime'), { recursive: true })
      writeFileSync(join(dist, 'runtime/index.d.mts'), `export * from '../types/runtime/index.js'\n`)
    },
  }
}

function esmEntry(from: string): string {
  return `export * from '${from}'\nexport { default } from '${from}'\n`
}

function cjsEntry(from: string, name: string): string {
  if (!DEFAULT_ONLY.has(name)) return `export * from '${from}'\nexport { default } from '${from}'\n`
  // module.exports is the plugin factory itself, which also carries `.default`.
  return [
    `import plugin = require('${from}')`,
    'declare const factory: typeof plugin.default & { default: typeof plugin.default }',
    'export = factory',
    '',
  ].join('\n')
}

/**
 * In the CommonJS copy, type imports of packages resolve as ES modules: several dependencies
 * (unplugin, magic-string) are ESM-only, which a CommonJS declaration may reference only this way.
 */
function importModeForPackages(text: string): string {
  const bare = `(?<q>['"])(?!\\.|node:)([^'"]+)\\k<q>`
  return text
    .replace(new RegExp(`^import (type )?(.+?) from ${bare};$`, 'gm'), (_, _type, what: string, q: string, spec: string) =>
      `import type ${what} from ${q}${spec}${q} with { 'resolution-mode': 'import' };`)
    .replace(new RegExp(`import\\(${bare}\\)`, 'g'), (_, q: string, spec: string) =>
      `import(${q}${spec}${q}, { with: { 'resolution-mode': 'import' } })`)
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) yield* walk(path)
    else if (path.endsWith('.d.ts')) yield path
  }
}

/** `from './x'` → `from './x.js'` (or `./x/index.js`), as ESM under Node16 resolution requires. */
function explicitSpecifiers(file: string, text: string): string {
  return text.replace(/(from\s+|import\(\s*)(['"])(\.{1,2}\/[^'"]*)\2/g, (whole, lead: string, quote: string, spec: string) => {
    if (/\.[cm]?js$/.test(spec)) return whole
    const base = join(dirname(file), spec)
    const fixed = existsSync(`${base}.d.ts`) ? `${spec}.js` : existsSync(join(base, 'index.d.ts')) ? `${spec}/index.js` : spec
    return `${lead}${quote}${fixed}${quote}`
  })
}

