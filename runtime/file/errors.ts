import { fail, type WxFail } from '../internal/fail'

/**
 * The file system's failures: WeChat's reason text and its `errno` (FileError table of the
 * typings; the reason texts follow the per-API error tables of the WeChat docs). The helpers
 * take what follows the reason: `, open <path>`, ` <path>` or `, copyFile <src> -> <dest>`.
 */
export const ENOENT = 1300002
export const ENOTEMPTY = 1300066

export const noEntry = (context: string): WxFail => fail(`no such file or directory${context}`, ENOENT)
export const denied = (context: string): WxFail => fail(`permission denied${context}`, 1300013)
export const notDirectory = (context: string): WxFail => fail(`not a directory${context}`, 1300020)
export const isDirectory = (context: string): WxFail => fail(`illegal operation on a directory${context}`, 1301003)
export const exists = (path: string): WxFail => fail(`file already exists ${path}`, 1301005)
export const notExist = (): WxFail => fail('file not exist', ENOENT)
/** A descriptor used against its flag (reading a `w` descriptor, writing an `r` one). */
export const wrongFlag = (): WxFail => fail('permission denied', 1302001)

const RANGE_ERRNO = { length: 1301006, offset: 1301007, position: 1301009 }

export const outOfRange = (name: keyof typeof RANGE_ERRNO): WxFail => fail(`value of ${name} is out of range`, RANGE_ERRNO[name])
export const invalidArgument = (context: string): WxFail => fail(`Invalid argument${context}`, 1300022)
