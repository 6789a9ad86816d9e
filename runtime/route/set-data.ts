/**
 * setData path keys, as WeChat reads them: `a.b[1].c` sets one nested field and leaves the
 * rest of `a` alone. Missing containers are created: an array before `[n]`, an object
 * before `.name`.
 */
const parsed = new Map<string, Array<string | number>>()

export function parsePath(key: string): Array<string | number> {
  let segments = parsed.get(key)
  if (!segments) {
    // Pages reuse a handful of keys: parse each once (bounded, for keys built from data).
    if (parsed.size > 1000) parsed.clear()
    parsed.set(key, segments = parseUncached(key))
  }
  return segments
}

function parseUncached(key: string): Array<string | number> {
  const segments: Array<string | number> = []
  const re = /([^.[\]]+)|\[(\d+)\]/g
  let match: RegExpExecArray | null
  let consumed = 0
  while ((match = re.exec(key))) {
    const between = key.slice(consumed, match.index)
    if (between && between !== '.') return [key]
    segments.push(match[2] !== undefined ? Number(match[2]) : match[1])
    consumed = re.lastIndex
  }
  return consumed === key.length && segments.length ? segments : [key]
}

export function applyPatch(data: Record<string, unknown>, patch: Record<string, unknown>): void {
  for (const key of Object.keys(patch)) {
    const path = parsePath(key)
    let target: Record<string | number, unknown> = data
    for (let i = 0; i < path.length - 1; i++) {
      const segment = path[i]
      let next = target[segment]
      if (typeof next !== 'object' || next === null) {
        next = typeof path[i + 1] === 'number' ? [] : {}
        target[segment] = next
      }
      target = next as Record<string | number, unknown>
    }
    target[path[path.length - 1]] = patch[key]
  }
}

/** Page data is copied per instance the way WeChat does it: a JSON round trip. */
export function cloneData(data: unknown): Record<string, unknown> {
  if (data === undefined || data === null) return {}
  return JSON.parse(JSON.stringify(data)) as Record<string, unknown>
}
