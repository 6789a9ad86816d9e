export const START: string
export const END: string
export const READMES: Record<string, 'en' | 'zh-CN'>
export interface ApiTableSources { catalog: Record<string, { since: string }>, implemented: string[], areaOf: Map<string, string> }
export function readSources(): Promise<ApiTableSources>
export function renderTable(sources: ApiTableSources, lang: 'en' | 'zh-CN'): string
export function replaceBetweenMarkers(text: string, table: string): string | undefined
export const FULL_TABLE: string
export function renderFullTable(sources: ApiTableSources): string
