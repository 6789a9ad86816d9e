/**
 * A wx failure thrown inside an API body. The definition helpers turn it into
 * `{ errMsg: '<api>:fail <reason>', errno? }` for callbacks and Promises, or into a
 * thrown `Error('<api>:fail <reason>')` for sync APIs. The reason is the error's message.
 */
export class WxFail extends Error {
  declare readonly errno?: number
  /** Extra fields copied onto the fail result (e.g. `errCode`). */
  declare readonly extra?: Record<string, unknown>
  // Plain assignments rather than parameter properties: no class-field helper in the bundle.
  constructor(reason = '', errno?: number, extra?: Record<string, unknown>) {
    super(reason)
    this.errno = errno
    this.extra = extra
  }
}

export function fail(reason?: string, errno?: number, extra?: Record<string, unknown>): WxFail {
  return new WxFail(reason, errno, extra)
}

export function okMsg(api: string): string {
  return `${api}:ok`
}

/** `<api>:fail`, `<api>:fail <reason>`, or `<api>:fail:<reason>` for the few client messages glued with a colon. */
export function failMsg(api: string, reason = ''): string {
  return `${api}:fail${reason && reason[0] !== ':' ? ' ' : ''}${reason}`
}

/** The reason of any thrown value: an Error's message (a WxFail's reason), or the value as text. */
export function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
