// The socket area's wx APIs, as named exports.
export { closeSocket, sendSocketMessage } from './global-api'
export { onSocketClose, onSocketError, onSocketMessage, onSocketOpen } from './legacy'
export { connectSocket } from './socket-task'
