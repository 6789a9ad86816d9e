export function buildWithWebpack(dir: string, options?: { outDir?: string, dist?: string }): Promise<string>
