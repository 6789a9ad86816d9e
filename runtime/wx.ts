import * as apis from './apis'

/**
 * The whole `wx` object, for code that uses `wx` as a value (`const w = wx`, `wx[name]`).
 * Importing it pulls in every API: the transform only does so when it must, and says why.
 * A plain mutable object, because such code sometimes patches `wx.X` itself.
 */
export const wx: Record<string, unknown> & typeof apis = { ...apis }
