// Helpers shared by the scripts that run the transform over real mini-program libraries
// (bench/transform.js, scripts/coverage.js).
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build } from 'esbuild'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Every .js file below `dir`. */
export function listScripts(dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile() && entry.name.endsWith('.js'))
    .map(entry => join(entry.parentPath, entry.name))
}

/** src/ (TypeScript) bundled to a temporary ES module and imported, so scripts run the real
 *  sources of the working tree. It is written under node_modules/.cache so that its bare
 *  imports resolve to the repo's packages, and removed once loaded. */
export async function loadTransform() {
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true })
  const dir = mkdtempSync(join(ROOT, 'node_modules/.cache/wx-h5-src-'))
  const outfile = join(dir, 'transform.mjs')
  await build({
    entryPoints: [join(ROOT, 'src/index.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    external: ['@babel/parser', 'magic-string', 'unplugin'],
    logLevel: 'error',
  })
  try {
    return await import(pathToFileURL(outfile).href)
  }
  finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
