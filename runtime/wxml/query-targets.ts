/** The elements `selector` names under `scope`: every match, or only the first (no full scan for it). */
export function queryTargets(scope: ParentNode, selector: string, all: boolean): Element[] {
  if (all) return [...scope.querySelectorAll(selector)]
  const first = scope.querySelector(selector)
  return first ? [first] : []
}
