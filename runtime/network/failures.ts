import { fail, type WxFail } from '../internal/fail'

/**
 * Network failures, worded as WeChat words them (`<api>:fail <reason>`). The browser
 * never says why a fetch failed (refused, DNS, CORS and TLS all look alike), so every
 * network error is `net::ERR_FAILED`, Chromium's name for an unspecified failure, with
 * errno 600000 ("unknown network error" in WeChat's errno table).
 */
export const NETWORK_ERRNO = 600000

export function networkError(): WxFail {
  return fail('net::ERR_FAILED', NETWORK_ERRNO)
}

export function timeoutError(): WxFail {
  return fail('timeout')
}

export function abortError(): WxFail {
  return fail('abort')
}
