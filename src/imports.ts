import { LOCAL_PREFIX, UNSUPPORTED_EXPORT, WHOLE_OBJECT_EXPORT } from './constants'

/** Collects what one module needs from the runtime and renders it as one header. */
export interface ImportPlan {
  /** Local bound to a runtime export (`showToast` → `_wx_showToast`), one per export. */
  named(exportName: string): string
  /** Local bound to a stub for a guarded API (`_wx_X = _wx_unsupported('X', kind)`). */
  stub(api: string, kind: string): string
  /** Local bound to the whole `wx` object; `mutable` when the module assigns `wx` itself. */
  whole(mutable?: boolean): string
  /** The header: one import (or require) statement, then the stub declarations. */
  render(format: 'esm' | 'cjs', runtime: string): string
  readonly isEmpty: boolean
}

const IDENTIFIER_CHAR = /[\w$\u0080-\uFFFF]/

/** True when `name` appears in `code` as a whole identifier-like token (comments and strings count). */
function appearsIn(code: string, name: string): boolean {
  for (let at = code.indexOf(name); at !== -1; at = code.indexOf(name, at + 1)) {
    const before = at > 0 ? code[at - 1]! : ''
    const after = code[at + name.length] ?? ''
    if (!IDENTIFIER_CHAR.test(before) && !IDENTIFIER_CHAR.test(after))
      return true
  }
  return false
}

function quote(text: string): string {
  return /[\\'\n]/.test(text) ? `'${text.replace(/[\\']/g, '\\$&').replace(/\n/g, '\\n')}'` : `'${text}'`
}

export function createImportPlan(code: string): ImportPlan {
  // Most modules contain no `_wx` at all: then no generated local can collide with their text.
  const mayCollide = code.includes(LOCAL_PREFIX.slice(0, -1))
  const taken = new Set<string>()
  const named = new Map<string, string>()
  const stubs = new Map<string, { local: string; kind: string }>()
  let wholeLocal: string | undefined
  let wholeMutable = false

  // `_wx_X`, or `_wx_X_2`, … when the module already uses that name anywhere.
  function allocate(wanted: string): string {
    const base = wanted.replace(/[^\w$]/g, '_')
    let name = base
    for (let n = 2; taken.has(name) || (mayCollide && appearsIn(code, name)); n++)
      name = `${base}_${n}`
    taken.add(name)
    return name
  }

  function namedLocal(exportName: string): string {
    let local = named.get(exportName)
    if (local === undefined) {
      local = allocate(LOCAL_PREFIX + exportName)
      named.set(exportName, local)
    }
    return local
  }

  return {
    named: namedLocal,
    stub(api, kind) {
      let entry = stubs.get(api)
      if (!entry) {
        entry = { local: allocate(LOCAL_PREFIX + api), kind }
        stubs.set(api, entry)
      }
      return entry.local
    },
    whole(mutable = false) {
      wholeLocal ??= allocate(LOCAL_PREFIX.slice(0, -1))
      wholeMutable ||= mutable
      return wholeLocal
    },
    get isEmpty() {
      return named.size === 0 && stubs.size === 0 && wholeLocal === undefined
    },
    render(format, runtime) {
      const specs = new Map(named)
      // A mutable whole object is a `let` copy of an immutable import.
      const wholeImport = wholeLocal && (wholeMutable ? namedLocal(WHOLE_OBJECT_EXPORT) : wholeLocal)
      if (wholeImport)
        specs.set(WHOLE_OBJECT_EXPORT, wholeImport)
      const unsupportedLocal = stubs.size > 0 ? namedLocal(UNSUPPORTED_EXPORT) : undefined
      if (unsupportedLocal)
        specs.set(UNSUPPORTED_EXPORT, unsupportedLocal)
      const sorted = [...specs].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      const quoted = quote(runtime)
      const lines = [format === 'esm'
        ? `import { ${sorted.map(([name, local]) => `${name} as ${local}`).join(', ')} } from ${quoted};`
        : `const { ${sorted.map(([name, local]) => `${name}: ${local}`).join(', ')} } = require(${quoted});`]
      if (wholeLocal && wholeMutable)
        lines.push(`let ${wholeLocal} = ${wholeImport};`)
      for (const [api, { local, kind }] of stubs)
        lines.push(`const ${local} = /* @__PURE__ */ ${unsupportedLocal}(${quote(api)}, ${quote(kind)});`)
      return lines.join('\n')
    },
  }
}
