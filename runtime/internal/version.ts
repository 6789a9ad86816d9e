// Base-library versions ("2.10.2") compared the way WeChat's docs prescribe: numerically,
// segment by segment, missing segments counting as 0 — never as strings ('2.29.1' < '2.3.0').

const VERSION_RE = /^\d+(\.\d+){0,2}$/

/** True for "2", "2.10" and "2.10.2"; false for anything else, including non-strings. */
export function isVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION_RE.test(value)
}

/** -1 when a < b, 0 when equal ("2.10" equals "2.10.0"), 1 when a > b. */
export function compareVersion(a: string, b: string): -1 | 0 | 1 {
  const x = a.split('.')
  const y = b.split('.')
  for (let i = 0, n = Math.max(x.length, y.length); i < n; i++) {
    const d = (Number(x[i]) || 0) - (Number(y[i]) || 0)
    if (d) return d < 0 ? -1 : 1
  }
  return 0
}
