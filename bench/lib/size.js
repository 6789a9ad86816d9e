// Gzip size of what an app ships when it imports only some runtime APIs: esbuild bundles
// a one-line entry from the runtime source with minification and tree shaking, as a
// production app build would, and the output is gzipped at level 9.
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const runtimeIndex = fileURLToPath(new URL('../../runtime/index.ts', import.meta.url))

/** Gzipped bytes of a bundle that imports `names` (or everything, for '*') and keeps them alive. */
export async function importCost(names) {
  const contents = names === '*'
    ? `import * as all from ${JSON.stringify(runtimeIndex)}; globalThis.__keep = all`
    : `import { ${names.join(', ')} } from ${JSON.stringify(runtimeIndex)}; globalThis.__keep = [${names.join(', ')}]`
  const out = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    treeShaking: true,
    logLevel: 'silent',
  })
  const code = out.outputFiles[0].contents
  return { raw: code.length, gzip: gzipSync(code, { level: 9 }).length }
}
