#!/usr/bin/env node
// Makes a fresh clone runnable: installs npm dependencies when node_modules is missing,
// and Debian's Chromium when the browser tests need it and it is not there.
// Runs before `npm test` and `npm run example`; does nothing when all is in place.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const run = cmd => execSync(cmd, { cwd: root, stdio: 'inherit' })

if (!existsSync(`${root}node_modules/.package-lock.json`)) {
  console.log('[wx-h5] installing npm dependencies (npm ci)...')
  run('npm ci --no-audit --no-fund')
}

const wantsBrowser = process.argv.includes('--browser')
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
if (wantsBrowser && !existsSync(chromium)) {
  if (process.getuid?.() !== 0) {
    console.error(`[wx-h5] Chromium not found at ${chromium}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`)
    process.exit(1)
  }
  console.log('[wx-h5] installing Chromium from Debian packages...')
  run('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium')
}
