// The shipped declarations, as an app's TypeScript sees them under Node16 resolution: an ES module
// importing every entry and a CommonJS module requiring the plugins (call form and `.default`).
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { root } from './builders'

let app: string

beforeAll(() => {
  if (!existsSync(join(root, 'dist/index.d.mts')))
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'ignore' })
  app = mkdtempSync(join(tmpdir(), 'wx-h5-types-'))
  mkdirSync(join(app, 'node_modules'))
  symlinkSync(root, join(app, 'node_modules/wx-h5'))
  symlinkSync(join(root, 'node_modules/@types'), join(app, 'node_modules/@types'))
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true }\n')
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { module: 'node16', moduleResolution: 'node16', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], lib: ['ES2023', 'DOM'] },
    files: ['app.mts', 'config.cts'],
  }))
  writeFileSync(join(app, 'app.mts'), [
    `import vite from 'wx-h5/vite'`,
    `import webpack from 'wx-h5/webpack'`,
    `import rollup from 'wx-h5/rollup'`,
    `import esbuild from 'wx-h5/esbuild'`,
    `import rspack from 'wx-h5/rspack'`,
    `import babel from 'wx-h5/babel'`,
    `import unplugin, { transform, type Options } from 'wx-h5'`,
    `import { configure, setStorageSync } from 'wx-h5/runtime'`,
    `const options: Options = { target: '3.0.0', unsupported: 'error' }`,
    `const name: string = vite(options).name`,
    `webpack({ onReport: report => report.counts.imported.toFixed() })`,
    `rollup(); esbuild({ appId: 'wx1' }); rspack({ exclude: [/vendor/] }); unplugin.vite()`,
    `void babel; void name`,
    `transform('wx.showToast()', 'a.js')?.code.toUpperCase()`,
    `configure({ appId: 'wx1' }); setStorageSync('k', 1)`,
    `// @ts-expect-error: unsupported takes 'warn' | 'error' | 'silent'`,
    `vite({ unsupported: 'loud' })`,
    '',
  ].join('\n'))
  writeFileSync(join(app, 'config.cts'), [
    `import webpack = require('wx-h5/webpack')`,
    `import rspack = require('wx-h5/rspack')`,
    `import core = require('wx-h5')`,
    `webpack({ target: '3.0.0' })`,
    `webpack.default({ appId: 'wx1' })`,
    `rspack({})`,
    `core.transform('wx.showToast()', 'a.js')`,
    '',
  ].join('\n'))
})

afterAll(() => {
  if (app) rmSync(app, { recursive: true, force: true })
})

it('type-checks an ESM app and a CommonJS config against dist/', () => {
  let output = ''
  try {
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', app], { encoding: 'utf8' })
  }
  catch (error) {
    output = String((error as { stdout?: string }).stdout)
  }
  // unplugin's own declarations name optional peers (farm, rsbuild, bun, unloader) an app lacks.
  const ours = output.split('\n').filter(line => line.trim() && !line.includes('node_modules/unplugin/'))
  expect(ours).toEqual([])
})
