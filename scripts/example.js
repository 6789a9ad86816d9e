#!/usr/bin/env node
// `npm run example [dir]`: builds an example app (default examples/basic) with Vite through the
// wx-h5 plugin from this checkout's dist/ (built first when missing), then serves the result on
// localhost until Ctrl+C. An example with its own vite.config.* is built with that config (which
// imports 'wx-h5/vite' itself); otherwise the plugin gets the example's app.json.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const dir = resolve(process.argv[2] ?? join(root, 'examples/basic'))
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`[wx-h5] ${dir} has no index.html; pass an example directory, e.g. npm run example -- examples/basic`)
  process.exit(1)
}

if (!existsSync(join(root, 'dist/vite.mjs')) || !existsSync(join(root, 'dist/runtime/index.mjs'))) {
  console.log('[wx-h5] dist/ is missing: npm run build')
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
}

const { build, preview } = await import('vite')
const { default: wxH5 } = await import(pathToFileURL(join(root, 'dist/vite.mjs')).href)

const configFile = ['vite.config.js', 'vite.config.mjs', 'vite.config.ts'].map(name => join(dir, name)).find(existsSync)
const appJson = join(dir, 'app.json')
const outDir = join(dir, 'dist')
const config = {
  root: dir,
  configFile: configFile ?? false,
  base: '/',
  // The runtime of this checkout, as `wx-h5/runtime` resolves once the package is installed.
  resolve: { alias: { 'wx-h5/runtime': join(root, 'dist/runtime/index.mjs') } },
  plugins: configFile ? [] : [wxH5(existsSync(appJson) ? { app: appJson, appId: 'wxexample' } : {})],
  build: { outDir, emptyOutDir: true },
}

console.log(`[wx-h5] building ${relative(root, dir) || '.'} with Vite`)
await build(config)
const server = await preview({ ...config, preview: { host: 'localhost', port: Number(process.env.PORT ?? 4173) } })
console.log('[wx-h5] serving the build; Ctrl+C stops it')
server.printUrls()
