#!/usr/bin/env node
// `npm run example [dir]`: builds an example app (default examples/shop) with Vite through the
// wx-h5 plugin from this checkout's dist/ (built first when missing or older than the sources),
// starts the example's API server when it ships one (server.js), then serves the result on
// localhost (with /api forwarded to that server) until Ctrl+C, which closes both servers.
// An example with its own vite.config.* is built with that config (which imports 'wx-h5/vite'
// itself); otherwise the plugin gets the example's app.json. `npm run example -- examples/basic`
// builds the basic example the same way.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Newest modification time under `dir` (files only), 0 when it does not exist. */
function newest(dir) {
  if (!existsSync(dir)) return 0
  let time = 0
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs)
  }
  return time
}

/** Runs `npm run build` when dist/ lacks the plugin or the runtime, or is older than runtime/ and src/. */
export function ensureDist() {
  const built = [join(root, 'dist/vite.mjs'), join(root, 'dist/webpack.cjs'), join(root, 'dist/runtime/index.mjs')]
  const missing = built.some(file => !existsSync(file))
  const stale = !missing && Math.max(newest(join(root, 'runtime')), newest(join(root, 'src'))) > Math.min(...built.map(file => statSync(file).mtimeMs))
  if (!missing && !stale) return
  console.log(`[wx-h5] dist/ is ${missing ? 'missing' : 'older than the sources'}: npm run build`)
  try {
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  }
  catch (error) {
    // A failed build may have emptied part of dist/: go on only when everything is still there.
    if (missing || built.some(file => !existsSync(file))) {
      console.error('[wx-h5] npm run build failed and dist/ is incomplete; fix the build error above and run again')
      process.exit(1)
    }
    console.warn('[wx-h5] the build failed; going on with the dist/ that exists')
  }
}

/** The Vite config the example is built and previewed with. */
export async function exampleViteConfig(dir, { outDir = join(dir, 'dist'), logLevel, dist = join(root, 'dist') } = {}) {
  const { default: wxH5 } = await import(pathToFileURL(join(dist, 'vite.mjs')).href)
  const configFile = ['vite.config.js', 'vite.config.mjs', 'vite.config.ts'].map(name => join(dir, name)).find(existsSync)
  const appJson = join(dir, 'app.json')
  return {
    root: dir,
    configFile: configFile ?? false,
    base: '/',
    logLevel,
    // The runtime of this checkout, as `wx-h5/runtime` resolves once the package is installed.
    resolve: { alias: { 'wx-h5/runtime': join(dist, 'runtime/index.mjs') } },
    plugins: configFile ? [] : [wxH5(existsSync(appJson) ? { app: appJson, appId: 'wxexample' } : {})],
    build: { outDir, emptyOutDir: true },
  }
}

/** Starts the example's own API server (`server.js` exporting startApiServer), if it has one. */
export async function startExampleApi(dir, port = 0) {
  const serverFile = join(dir, 'server.js')
  if (!existsSync(serverFile)) return undefined
  const { startApiServer } = await import(pathToFileURL(serverFile).href)
  return startApiServer(port)
}

async function main() {
  const dir = resolve(process.argv[2] ?? join(root, 'examples/shop'))
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`[wx-h5] ${dir} has no index.html; pass an example directory, e.g. npm run example -- examples/basic`)
    process.exit(1)
  }
  ensureDist()
  const { build, preview } = await import('vite')
  const config = await exampleViteConfig(dir)
  console.log(`[wx-h5] building ${relative(root, dir) || '.'} with Vite`)
  await build(config)

  const api = await startExampleApi(dir, Number(process.env.API_PORT ?? 0))
  if (api) console.log(`[wx-h5] API server of the example: ${api.origin}`)
  const server = await preview({
    ...config,
    preview: {
      host: 'localhost',
      port: Number(process.env.PORT ?? 4173),
      proxy: api ? { '/api': { target: api.origin } } : undefined,
    },
  })
  console.log('[wx-h5] serving the build; Ctrl+C stops it')
  server.printUrls()

  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    console.log('\n[wx-h5] stopping')
    await Promise.all([server.close(), api?.close()])
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
