import { fail, type WxFail } from '../internal/fail'

/**
 * The file system's failures: WeChat's reason text and its `errno` (FileError table of the
 * typings; the reason texts follow the per-API error tables of the WeChat docs).
 */
export const ENOENT = 1300002
export const EPERM = 1300001
export const EACCES = 1300013
export const ENOTDIR = 1300020
export const EINVAL = 1300022
export const ENOTEMPTY = 1300066
export const ESYSTEM = 1300201
export const EQUOTA = 1300202
export const EBASE64 = 1300203
export const EISDIR_OP = 1301003
export const EEXIST = 1301005
export const ENOTEMP = 1301112

export function noEntry(reason: string): WxFail {
  return fail(`no such file or directory${reason}`, ENOENT)
}

export function quotaExceeded(): WxFail {
  return fail('the maximum size of the file storage limit is exceeded', EQUOTA)
}
