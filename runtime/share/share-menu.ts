import { defineAsync } from '../internal/define'
import { checkParams } from '../internal/params'

/**
 * showShareMenu / hideShareMenu / updateShareMenu check their options and succeed. On the
 * web a page is shared through the browser's own share and copy-link actions, which are
 * always there and cannot be hidden by the page, and WeChat's share tickets and updatable
 * messages have no web counterpart. Succeeding keeps mini-program code that sets the menu
 * up on load on its normal path; see docs/share.md.
 */
export interface ShowShareMenuOptions { withShareTicket?: boolean, menus?: string[] }
export interface HideShareMenuOptions { menus?: string[] }
export interface UpdateShareMenuOptions {
  withShareTicket?: boolean
  isUpdatableMessage?: boolean
  activityId?: string
  templateInfo?: object
  isPrivateMessage?: boolean
  toDoActivityId?: string
}

export const showShareMenu = /* @__PURE__ */ defineAsync<ShowShareMenuOptions>('showShareMenu', (o) => {
  checkParams(o as Record<string, unknown>, { withShareTicket: 'Boolean?', menus: 'Array?' })
})

export const hideShareMenu = /* @__PURE__ */ defineAsync<HideShareMenuOptions>('hideShareMenu', (o) => {
  checkParams(o as Record<string, unknown>, { menus: 'Array?' })
})

export const updateShareMenu = /* @__PURE__ */ defineAsync<UpdateShareMenuOptions>('updateShareMenu', (o) => {
  checkParams(o as Record<string, unknown>, { withShareTicket: 'Boolean?', isUpdatableMessage: 'Boolean?', activityId: 'String?', templateInfo: 'Object?' })
})
