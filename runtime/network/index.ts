// The network area's wx APIs, as named exports.
export { downloadFile } from './download-file'
export { request } from './request'
export { uploadFile } from './upload-file'
