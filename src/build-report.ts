import { PLUGIN_NAME } from './constants'
import type { SiteReport, SiteStatus } from './rewrite'

/** Everything one build rewrote: every site of every transformed module, and the totals. */
export interface BuildReport {
  sites: SiteReport[]
  counts: Record<SiteStatus, number>
}

/** Per-module reports; a module transformed again (watch mode) replaces its earlier entries. */
export function createReportCollector() {
  const byModule = new Map<string, SiteReport[]>()
  return {
    set(id: string, sites: readonly SiteReport[]): void {
      if (sites.length > 0) byModule.set(id, [...sites])
      else byModule.delete(id)
    },
    build(): BuildReport {
      const sites = [...byModule.keys()].sort().flatMap(id => byModule.get(id)!)
      const counts: Record<SiteStatus, number> = { 'imported': 0, 'guarded': 0, 'folded': 0, 'whole-object': 0 }
      for (const site of sites) counts[site.status]++
      return { sites, counts }
    },
  }
}

/**
 * The summary printed at the end of a build: the counts, then one line per guarded site and per
 * whole-object site (`file:line:column api reason`, column 1-based as editors expect).
 */
export function formatReport(report: BuildReport, relativeTo?: string): string {
  const { counts } = report
  const lines = [
    `[${PLUGIN_NAME}] compatibility: ${counts.imported} imported, ${counts.guarded} guarded, `
    + `${counts.folded} folded, ${counts['whole-object']} whole-object`,
  ]
  for (const site of report.sites) {
    if (site.status !== 'guarded' && site.status !== 'whole-object') continue
    const file = relativeTo && site.file.startsWith(`${relativeTo}/`) ? site.file.slice(relativeTo.length + 1) : site.file
    const api = site.status === 'whole-object' ? 'wx (whole object)' : `wx.${site.name}`
    lines.push(`  ${file}:${site.line}:${site.column + 1} ${api} ${site.reason ?? site.status}`)
  }
  return lines.join('\n')
}
