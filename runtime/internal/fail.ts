/**
 * A wx failure thrown inside an API body. The definition helpers turn it into
 * `{ errMsg: '<api>:fail <reason>', errno? }` for callbacks and Promises, or into a
 * thrown `Error('<api>:fail <reason>')` for sync APIs.
 */
export class WxFail extends Error {
  /** Text after `:fail`. Starts with ':' for the few client messages glued with a colon. */
  declare readonly reason: string
  declare readonly errno?: number
  /** Extra fields copied onto the fail result (e.g. `errCode`). */
  declare readonly extra?: Record<string, unknown>
  // Plain assignments rather than parameter properties: no class-field helper in the bundle.
  constructor(reason = '', errno?: number, extra?: Record<string, unknown>) {
    super(reason)
    this.reason = reason
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

export function failMsg(api: string, reason = ''): string {
  if (!reason) return `${api}:fail`
  return reason[0] === ':' ? `${api}:fail${reason}` : `${api}:fail ${reason}`
}

/** The reason of any thrown value: a WxFail keeps its own, anything else gives its message. */
export function reasonOf(error: unknown): string {
  if (error instanceof WxFail) return error.reason
  if (error instanceof Error) return error.message
  return String(error)
}
