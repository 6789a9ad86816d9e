import { fail, reasonOf } from '../internal/fail'

/**
 * How one wx value is stored: a one-character type tag, then the payload that WeChat's client
 * would measure. WeChat serialises in the JS layer and sends `{ data, dataType }` to the client,
 * which checks `key.length + data.length`; the payload here is that `data` string, so sizes match:
 *
 *   S  String     the string itself
 *   N  Number     String(n)  (NaN and Infinity survive, unlike JSON; -0 reads back as 0)
 *   B  Boolean    "true" / "false"
 *   J  Null, Object, Array: JSON.stringify(value)
 *   D  Date       String(date.getTime())  (comes back as a Date; an invalid Date stays invalid)
 *   U  Undefined  empty payload           (comes back as undefined; see README)
 *   E  encrypted  base64(iv + AES-GCM ciphertext of the tagged plain entry)
 */

/** The stored text (tag + payload) of `data`; throws a WxFail when it cannot be serialised. */
export function encodeValue(data: unknown): string {
  switch (typeof data) {
    case 'string': return `S${data}`
    case 'number': return `N${data}`
    case 'boolean': return `B${data}`
    case 'undefined': return 'U'
    case 'function': throw notSerializable('Function')
    case 'symbol': throw notSerializable('Symbol')
    case 'bigint': throw notSerializable('BigInt')
  }
  if (data instanceof Date) return `D${data.getTime()}`
  let json: string | undefined
  try {
    json = JSON.stringify(data)
  }
  catch (error) {
    const message = reasonOf(error)
    throw notSerializable(/BigInt/i.test(message) ? 'BigInt' : /circular|cyclic/i.test(message) ? 'cyclic structure' : message)
  }
  // A toJSON() returning undefined, a function, a symbol: nothing we could read back.
  if (json === undefined) throw notSerializable('toJSON() returned undefined')
  return `J${json}`
}

function notSerializable(what: string): Error {
  return fail(`data is not serializable: ${what}`)
}

/** What decodeValue gives for text this runtime did not write. */
export const UNREADABLE = {}

/** The value of a stored text (a fresh copy), or UNREADABLE. */
export function decodeValue(stored: string): unknown {
  const payload = stored.slice(1)
  switch (stored[0]) {
    case 'S': return payload
    case 'N': return payload ? Number(payload) : UNREADABLE
    case 'B': return payload === 'true' ? true : payload === 'false' ? false : UNREADABLE
    case 'U': return payload ? UNREADABLE : undefined
    case 'D': return payload ? new Date(Number(payload)) : UNREADABLE
    // Encrypted entries read without `encrypt: true` give the ciphertext, as WeChat hands back what it stored.
    case 'E': return payload || UNREADABLE
    case 'J':
      try {
        return JSON.parse(payload)
      }
      catch {}
  }
  return UNREADABLE
}

/** What WeChat counts for one entry: key length plus serialised data length. */
export function entrySize(key: string, stored: string): number {
  return key.length + stored.length - 1
}
