import { label } from '../internal/ui-host'

/** A label of the open area's UI, translatable with setLabels as `open.<key>`. */
export function text(key: string, zh: string, en: string): string {
  return label(`open.${key}`, { 'zh-CN': zh, en })
}
