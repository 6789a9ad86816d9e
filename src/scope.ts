/**
 * Lexical scopes, reduced to what the transform needs: does one of the handled names have a binding
 * between a reference and the module top? Only handled names are recorded, so most scopes stay empty.
 */
export interface Scope {
  readonly parent: Scope | undefined
  /** Function (or program) scope: where `var` and, in scripts, block-level functions land. */
  readonly isFunction: boolean
  names: Set<string> | undefined
}

export function createScope(parent: Scope | undefined, isFunction: boolean): Scope {
  return { parent, isFunction, names: undefined }
}

export function declare(scope: Scope, name: string): void {
  (scope.names ??= new Set()).add(name)
}

export function functionScopeOf(scope: Scope): Scope {
  let current = scope
  while (!current.isFunction && current.parent)
    current = current.parent
  return current
}

export function isBound(scope: Scope, name: string): boolean {
  for (let current: Scope | undefined = scope; current; current = current.parent) {
    if (current.names?.has(name))
      return true
  }
  return false
}
