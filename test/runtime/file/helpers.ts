/** Calls a callback-style wx method and records the callbacks it fires, in order. */
export function run(method: (o: Record<string, unknown>) => unknown, options: Record<string, unknown> = {}) {
  return new Promise<{ calls: string[], res: Record<string, any>, returned: unknown }>((resolve) => {
    const calls: string[] = []
    let res: Record<string, any> = {}
    const returned = method({
      ...options,
      success: (r: Record<string, any>) => { calls.push('success'); res = r },
      fail: (r: Record<string, any>) => { calls.push('fail'); res = r },
      complete: () => { calls.push('complete'); queueMicrotask(() => resolve({ calls, res, returned })) },
    })
  })
}

/** The Error a sync API throws. */
export function thrown(fn: () => unknown): Error & { errno?: number } {
  try {
    fn()
  }
  catch (error) {
    return error as Error & { errno?: number }
  }
  throw new Error('expected a throw')
}

/** A fresh IndexedDB namespace for this test file (test files share one origin). */
export async function freshDatabase(appId: string): Promise<void> {
  await new Promise(resolve => { const r = indexedDB.deleteDatabase(`wxh5-fs:${appId}:@`); r.onsuccess = r.onerror = r.onblocked = resolve })
}

/** A ZIP archive of `files` (deflated with CompressionStream, or stored); CRCs are left 0. */
export async function makeZip(files: Record<string, string>, deflate = true): Promise<Uint8Array> {
  const enc = new TextEncoder()
  const locals: Uint8Array[] = []
  const centrals: Uint8Array[] = []
  let offset = 0
  for (const [name, text] of Object.entries(files)) {
    const nameBytes = enc.encode(name)
    const raw = enc.encode(text)
    const data = deflate && !name.endsWith('/')
      ? new Uint8Array(await new Response(new Blob([raw]).stream().pipeThrough(new CompressionStream('deflate-raw'))).arrayBuffer())
      : raw
    const method = deflate && !name.endsWith('/') ? 8 : 0
    const local = new DataView(new ArrayBuffer(30))
    local.setUint32(0, 0x04034b50, true)
    local.setUint16(8, method, true)
    local.setUint32(18, data.length, true)
    local.setUint32(22, raw.length, true)
    local.setUint16(26, nameBytes.length, true)
    locals.push(new Uint8Array(local.buffer), nameBytes, data)
    const central = new DataView(new ArrayBuffer(46))
    central.setUint32(0, 0x02014b50, true)
    central.setUint16(10, method, true)
    central.setUint32(20, data.length, true)
    central.setUint32(24, raw.length, true)
    central.setUint16(28, nameBytes.length, true)
    central.setUint32(42, offset, true)
    centrals.push(new Uint8Array(central.buffer), nameBytes)
    offset += 30 + nameBytes.length + data.length
  }
  const cdSize = centrals.reduce((n, c) => n + c.length, 0)
  const eocd = new DataView(new ArrayBuffer(22))
  eocd.setUint32(0, 0x06054b50, true)
  eocd.setUint16(8, Object.keys(files).length, true)
  eocd.setUint16(10, Object.keys(files).length, true)
  eocd.setUint32(12, cdSize, true)
  eocd.setUint32(16, offset, true)
  return new Uint8Array(await new Blob([...locals, ...centrals, new Uint8Array(eocd.buffer)] as BlobPart[]).arrayBuffer())
}
