import { fail, WxFail } from '../internal/fail'

/**
 * A network failure, worded as WeChat words it (`<api>:fail <reason>`). The browser never
 * says why a fetch failed (refused, DNS, CORS and TLS all look alike), so every network
 * error is `net::ERR_FAILED`, Chromium's name for an unspecified failure, with errno
 * 600000 ("unknown network error" in WeChat's errno table).
 */
export function networkError(): WxFail {
  return fail('net::ERR_FAILED', 600000)
}

/** A WxFail thrown on purpose stays as it is; anything else the fetch or the body read threw is a network error. */
export function asNetworkError(error: unknown): WxFail {
  return error instanceof WxFail ? error : networkError()
}
