export { spies, thrown } from '../callbacks'

/** Every localStorage name under this file's own namespaces: test files share one origin. */
export function namesUnder(prefix: string): string[] {
  const names: string[] = []
  for (let i = 0; i < localStorage.length; i++) {
    const name = localStorage.key(i)!
    if (name.startsWith(prefix)) names.push(name)
  }
  return names.sort()
}

export function removeUnder(prefix: string): void {
  for (const name of namesUnder(prefix)) localStorage.removeItem(name)
}

export const MB = 1024 * 1024
