#!/usr/bin/env node
// `npm run example:webpack [dir]`: the same example app (default examples/shop) built with Webpack
// through `require('wx-h5/webpack')` (the example's webpack.config.cjs), then served on localhost
// with its API server, as `npm run example` does for Vite. Ctrl+C closes both servers.
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ensureDist, startExampleApi } from './example.js'

const root = fileURLToPath(new URL('..', import.meta.url))

/** Builds `dir` with its webpack.config.cjs; resolves to the output directory. */
export async function buildWithWebpack(dir, { outDir, dist = join(root, 'dist') } = {}) {
  const require = createRequire(import.meta.url)
  const webpack = require('webpack')
  const config = { ...require(join(dir, 'webpack.config.cjs')) }
  if (outDir) config.output = { ...config.output, path: outDir }
  // `wx-h5/*` resolves to this checkout (the package refers to itself by name); say so explicitly
  // for the runtime, which rewritten modules import from anywhere in the example.
  config.resolve = { ...config.resolve, alias: { ...config.resolve?.alias, 'wx-h5/runtime': join(dist, 'runtime/index.mjs') } }
  const stats = await new Promise((done, fail) => webpack(config, (error, result) => (error ? fail(error) : done(result))))
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }))
  const target = config.output.path
  const entry = Object.values(stats.toJson({ all: false, entrypoints: true, assets: false }).entrypoints)[0].assets.map(asset => asset.name)
  // The page: the example's index.html with the bundle in place of app.js (no HTML plugin needed).
  const html = readFileSync(join(dir, 'index.html'), 'utf8')
    .replace(/<script type="module" src="\.\/app\.js"><\/script>/, entry.filter(name => name.endsWith('.js')).map(name => `<script defer src="/${name}"></script>`).join(''))
    .replace('href="./app.css"', 'href="/app.css"')
  writeFileSync(join(target, 'index.html'), html)
  if (existsSync(join(dir, 'app.css'))) copyFileSync(join(dir, 'app.css'), join(target, 'app.css'))
  return target
}

async function main() {
  const dir = resolve(process.argv[2] ?? join(root, 'examples/shop'))
  if (!existsSync(join(dir, 'webpack.config.cjs'))) {
    console.error(`[wx-h5] ${dir} has no webpack.config.cjs`)
    process.exit(1)
  }
  ensureDist()
  console.log(`[wx-h5] building ${relative(root, dir)} with Webpack`)
  const outDir = await buildWithWebpack(dir)
  const api = await startExampleApi(dir, Number(process.env.API_PORT ?? 0))
  if (api) console.log(`[wx-h5] API server of the example: ${api.origin}`)
  const { startStaticServer } = await import(new URL('../examples/shop/serve.js', import.meta.url).href)
  const web = await startStaticServer({ root: outDir, apiOrigin: api?.origin, host: 'localhost', port: Number(process.env.PORT ?? 4174) })
  console.log(`[wx-h5] serving the Webpack build on ${web.url} ; Ctrl+C stops it`)
  let stopping = false
  const stop = async () => {
    if (stopping) return
    stopping = true
    await Promise.all([web.close(), api?.close()])
    process.exit(0)
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main()
