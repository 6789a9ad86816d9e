import { createListeners } from './listeners'

/**
 * Internal channels shared by areas that must not import each other: the route area
 * reports unknown pages, every area reports user-callback exceptions, the app area
 * turns them into `wx.onError`, `App.onPageNotFound` and friends.
 */
export interface PageNotFoundEvent { path: string, query: Record<string, string>, isEntryPage: boolean }

export const errorChannel = /* @__PURE__ */ createListeners<[error: unknown]>()
export const pageNotFoundChannel = /* @__PURE__ */ createListeners<[event: PageNotFoundEvent]>()
