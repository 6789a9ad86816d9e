import { config } from '../internal/config'

/** The kinds of network operation that have their own domain list and timeout. */
export type NetworkKind = 'request' | 'uploadFile' | 'downloadFile'

/** What an interceptor sees and may change, before the domain check and the queue. */
export interface NetworkRequest {
  kind: NetworkKind
  url: string
  method: string
  header: Record<string, string>
  /** `request`'s `data` (unchanged wx value); absent for uploads and downloads. */
  data?: unknown
}

/**
 * Adds headers or auth, or rewrites the URL, for every request, upload and download.
 * Return the changed request (or nothing to keep it). May be async (e.g. a token refresh);
 * a throw fails the call with the error's message.
 */
export type NetworkInterceptor = (request: NetworkRequest) => NetworkRequest | void | Promise<NetworkRequest | void>

declare module '../internal/config' {
  interface WxH5Config {
    /**
     * Allowed server origins per kind, like the mini-program console's domain lists:
     * `'https://api.example.com'` (exact origin; a port must be given when it is not the
     * default) or a bare host `'api.example.com[:port]'` (any scheme). A kind without a list
     * is unrestricted. See docs/network.md.
     */
    domains?: { request?: string[], uploadFile?: string[], downloadFile?: string[], socket?: string[] }
    network?: {
      /** Browser cookies and HTTP auth: `'omit'` (default, as WeChat sends none), `'same-origin'`, `'include'`. */
      credentials?: RequestCredentials
      /** Run in order on every request, upload and download. See docs/network.md. */
      interceptors?: NetworkInterceptor[]
    }
  }
}

/** The validated network settings. Read at call time; a bad value names the option. */
export function networkSettings(): { credentials: RequestCredentials, interceptors: NetworkInterceptor[] } {
  const { credentials = 'omit', interceptors = [] } = config.network ?? {}
  if (!['omit', 'same-origin', 'include'].includes(credentials))
    throw new TypeError(`[wx-h5] configure: \`network.credentials\` must be 'omit', 'same-origin' or 'include'; got ${JSON.stringify(credentials)}.`)
  if (!Array.isArray(interceptors) || interceptors.some(fn => typeof fn !== 'function'))
    throw new TypeError('[wx-h5] configure: `network.interceptors` must be an array of functions.')
  return { credentials, interceptors }
}

/**
 * Per-call `timeout` wins, then app.json `networkTimeout.<kind>`, then 60 s. Clamped to
 * 2^31 - 1 ms (about 24.8 days): setTimeout fires at once for longer delays.
 */
export function timeoutFor(kind: NetworkKind | 'connectSocket', timeout: unknown): number {
  const chosen = [timeout, config.app?.networkTimeout?.[kind], 60_000].find(value => typeof value === 'number' && value > 0) as number
  return Math.min(chosen, 2 ** 31 - 1)
}
