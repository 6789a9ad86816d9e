export function Page(options: Record<string, unknown> = {}): void { void options; throw new Error('Page() is not implemented yet') }
export function getCurrentPages(): unknown[] { return [] }
