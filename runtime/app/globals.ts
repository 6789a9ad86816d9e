export function App(options: Record<string, unknown> = {}): void { void options; throw new Error('App() is not implemented yet') }
export function getApp(): Record<string, unknown> { throw new Error('getApp() is not implemented yet') }
