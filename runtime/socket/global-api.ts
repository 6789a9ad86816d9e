import { defineAsync } from '../internal/define'
import { boundSocket } from './registry'
import { type CloseOptions, closeBody, sendBody, type SendOptions } from './socket-task'

/**
 * sendSocketMessage and closeSocket act on the socket the legacy API is bound to (the
 * first one opened while none was bound; see registry.ts). With none, or one that is not
 * open yet, they fail `<api>:fail WebSocket is not connected`.
 */
export const sendSocketMessage = /* @__PURE__ */ defineAsync<Omit<SendOptions, 'success' | 'fail' | 'complete'>>('sendSocketMessage', o => sendBody(boundSocket(), o))

export const closeSocket = /* @__PURE__ */ defineAsync<Omit<CloseOptions, 'success' | 'fail' | 'complete'>>('closeSocket', o => closeBody(boundSocket(), o))
