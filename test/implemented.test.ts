import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
// @ts-expect-error -- a plain JS script without declarations
import { renderAll } from '../scripts/gen-implemented.js'

it('runtime/implemented.ts and runtime/base/can-i-use-data.ts match the runtime\'s exports (run `npm run implemented`)', async () => {
  const files = await renderAll() as Record<string, string>
  for (const [path, text] of Object.entries(files)) expect({ path, text: readFileSync(path, 'utf8') }).toEqual({ path, text })
})
