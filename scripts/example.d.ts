import type { InlineConfig } from 'vite'

export function ensureDist(): void
export function exampleViteConfig(dir: string, options?: { outDir?: string, logLevel?: InlineConfig['logLevel'], dist?: string }): Promise<InlineConfig>
export function startExampleApi(dir: string, port?: number): Promise<ApiServer | undefined>

export interface ApiServer { port: number, origin: string, close(): Promise<void> }
