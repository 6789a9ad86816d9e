import { typeName } from './params'
import { reportError } from './report-error'

export interface Listeners<A extends unknown[]> {
  add: (fn: (...args: A) => void) => void
  remove: (fn?: (...args: A) => void) => void
  /** Calls every listener; one that throws is reported and does not stop the others. */
  emit: (...args: A) => void
  readonly size: number
}

/** A mitt-style set of listeners, in registration order, each function once. */
export function createListeners<A extends unknown[]>(onThrow: (error: unknown) => void = reportError): Listeners<A> {
  let fns: Array<(...args: A) => void> = []
  return {
    add(fn) {
      if (!fns.includes(fn)) fns = [...fns, fn]
    },
    remove(fn) {
      fns = fn ? fns.filter(f => f !== fn) : []
    },
    emit(...args) {
      // Iterate a snapshot: a listener may remove itself or others while we loop.
      for (const fn of fns) {
        try {
          fn(...args)
        }
        catch (error) {
          onThrow(error)
        }
      }
    },
    get size() {
      return fns.length
    },
  }
}

/**
 * The `onX(listener)` / `offX(listener?)` pair of a wx listener API over a listener set.
 * `onX` with a non-function throws the wx parameter error; `offX()` with no argument
 * removes every listener.
 */
export function defineListener<A extends unknown[]>(
  onName: string,
  offName: string,
  set: Listeners<A> = createListeners<A>(),
  install?: () => void,
): [on: (fn: (...args: A) => void) => void, off: (fn?: (...args: A) => void) => void, set: Listeners<A>] {
  const on = (fn: (...args: A) => void): void => {
    assertListener(onName, fn)
    install?.()
    set.add(fn)
  }
  const off = (fn?: (...args: A) => void): void => {
    if (fn !== undefined) assertListener(offName, fn)
    set.remove(fn)
  }
  return [on, off, set]
}

/** Throws wx's TypeError for a listener API called with something other than a function. */
export function assertListener(api: string, fn: unknown): asserts fn is (...args: never[]) => unknown {
  if (typeof fn !== 'function')
    throw new TypeError(`${api}:fail parameter error: parameter.listener should be Function instead of ${typeName(fn)};`)
}
