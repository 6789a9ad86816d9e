import { fail } from '../internal/fail'

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
export type Tag = 'S' | 'N' | 'B' | 'J' | 'D' | 'U' | 'E'

/** The stored text (tag + payload) of `data`; throws a WxFail when it cannot be serialised. */
export function encodeValue(data: unknown): string {
  switch (typeof data) {
    case 'string': return `S${data}`
    case 'number': return `N${String(data)}`
    case 'boolean': return data ? 'Btrue' : 'Bfalse'
    case 'undefined': return 'U'
    case 'function': throw notSerializable('Function')
    case 'symbol': throw notSerializable('Symbol')
    case 'bigint': throw notSerializable('BigInt')
  }
  if (data instanceof Date) return `D${String(data.getTime())}`
  let json: string | undefined
  try {
    json = JSON.stringify(data)
  }
  catch (error) {
    throw notSerializable(jsonFailure(error))
  }
  // A toJSON() returning undefined, a function, a symbol: nothing we could read back.
  if (json === undefined) throw notSerializable('toJSON() returned undefined')
  return `J${json}`
}

function notSerializable(what: string): Error {
  return fail(`data is not serializable: ${what}`)
}

function jsonFailure(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  if (/BigInt/i.test(message)) return 'BigInt'
  if (/circular|cyclic/i.test(message)) return 'cyclic structure'
  return message
}

export type Decoded = { ok: true, value: unknown } | { ok: false }

const BAD: Decoded = { ok: false }

/** The value of a stored text, or `{ ok: false }` for text this runtime did not write. */
export function decodeValue(stored: string): Decoded {
  const payload = stored.slice(1)
  switch (stored[0]) {
    case 'S': return { ok: true, value: payload }
    case 'N': return payload === '' ? BAD : { ok: true, value: Number(payload) }
    case 'B': return payload === 'true' ? { ok: true, value: true } : payload === 'false' ? { ok: true, value: false } : BAD
    case 'U': return payload === '' ? { ok: true, value: undefined } : BAD
    case 'D': return payload === '' ? BAD : { ok: true, value: new Date(Number(payload)) }
    // Encrypted entries read without `encrypt: true` give the ciphertext, as WeChat hands back what it stored.
    case 'E': return payload === '' ? BAD : { ok: true, value: payload }
    case 'J':
      try {
        return { ok: true, value: JSON.parse(payload) }
      }
      catch {
        return BAD
      }
    default: return BAD
  }
}

/** A cheap well-formedness check (no JSON.parse): used where full decoding would cost too much. */
export function looksEncoded(stored: string): boolean {
  return stored.length > 0 && 'SNBJDUE'.includes(stored[0])
}

/** What WeChat counts for one entry: key length plus serialised data length. */
export function entrySize(key: string, stored: string): number {
  return key.length + stored.length - 1
}
