import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { expect, it } from 'vitest'
import { IMPLEMENTED } from '../runtime/implemented'

const root = fileURLToPath(new URL('..', import.meta.url))

it('npm run coverage counts wx sites in tdesign and vant, and lists only APIs the runtime lacks', async () => {
  const { stdout } = await promisify(execFile)('node', ['scripts/coverage.js', '--json'], { cwd: root })
  const report = JSON.parse(stdout) as {
    sites: number
    resolved: number
    share: number
    libraries: Array<{ library: string, sites: number, resolved: number }>
    missing: Record<string, number>
  }
  expect(report.libraries.map(l => l.library)).toEqual(['node_modules/tdesign-miniprogram/miniprogram_dist', 'node_modules/@vant/weapp/dist'])
  expect(report.libraries.every(l => l.sites > 0)).toBe(true)
  expect(report.sites).toBe(report.libraries.reduce((n, l) => n + l.sites, 0))
  expect(report.resolved).toBe(report.libraries.reduce((n, l) => n + l.resolved, 0))
  expect(report.share).toBe(report.resolved / report.sites)
  const missingCount = Object.values(report.missing).reduce((n, c) => n + c, 0)
  expect(report.resolved + missingCount).toBe(report.sites)
  const apis = Object.keys(report.missing).filter(name => !name.startsWith('wx ('))
  expect(apis.filter(name => IMPLEMENTED.has(name))).toEqual([])
  // Implemented APIs these libraries call resolve (nextTick alone has 20 sites).
  expect(report.missing.nextTick).toBeUndefined()
})
