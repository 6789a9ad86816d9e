import { expect, it } from 'vitest'
import { CATALOG, CLASSES, CLASS_SOURCES } from '../runtime/catalog'
import { IMPLEMENTED } from '../runtime/implemented'
import { CATALOG_PACKED, CLASSES_PACKED } from '../runtime/base/can-i-use-data'
import { unpackCanIUse } from '../runtime/base/can-i-use-pack'
import { createCanIUse, resolveCanIUse } from '../runtime/base/can-i-use-core'
import { LATEST_VERSION } from '../runtime/catalog'

it('the packed run-time canIUse data unpacks to exactly the implemented part of the catalog', () => {
  const data = unpackCanIUse(CATALOG_PACKED, CLASSES_PACKED)
  const names = [...IMPLEMENTED].filter(n => n in CATALOG).sort()
  expect(Object.keys(data.CATALOG).sort()).toEqual(names)
  for (const n of names) expect({ n, info: data.CATALOG[n] }).toStrictEqual({ n, info: CATALOG[n] })
  const classes = Object.keys(CLASS_SOURCES).filter(c => CLASS_SOURCES[c]!.some(api => IMPLEMENTED.has(api))).sort()
  expect(Object.keys(data.CLASSES).sort()).toEqual(classes)
  for (const c of classes) {
    expect({ c, members: data.CLASSES[c] }).toStrictEqual({ c, members: CLASSES[c] })
    expect({ c, sources: data.CLASS_SOURCES[c] }).toStrictEqual({ c, sources: CLASS_SOURCES[c]!.filter(api => IMPLEMENTED.has(api)) })
  }
})

it('answers as the whole catalog with IMPLEMENTED does, while counting every API it holds as implemented', () => {
  // Run-time canIUse passes `() => true`: the packed data holds implemented APIs only.
  const runtime = createCanIUse(unpackCanIUse(CATALOG_PACKED, CLASSES_PACKED))
  const schemas: string[] = []
  for (const [api, info] of Object.entries(CATALOG)) {
    schemas.push(api, `${api}.object`, `${api}.return`, `${api}.success`, `${api}.callback`, `${api}.nope`)
    for (const key of Object.keys(info.params ?? {})) schemas.push(`${api}.object.${key}`)
    for (const key of Object.keys(info.result ?? {})) schemas.push(`${api}.return.${key}`, `${api}.success.${key}`, `${api}.callback.${key}`)
  }
  for (const [cls, members] of Object.entries(CLASSES)) schemas.push(cls, `${cls}.nope`, ...Object.keys(members).map(member => `${cls}.${member}`))
  for (const target of ['1.0.0', '1.9.90', '2.10.0', '2.20.1', '3.4.0', LATEST_VERSION]) {
    const wrong = schemas.filter(schema => runtime(schema, target, () => true) !== resolveCanIUse(schema, target, IMPLEMENTED))
    expect({ target, wrong }).toEqual({ target, wrong: [] })
  }
  expect(schemas.filter(schema => runtime(schema, LATEST_VERSION, () => true)).length).toBeGreaterThan(1000)
})

it('unpacks nested keys, dotted keys, short versions, promise and absent maps', () => {
  expect(unpackCanIUse('a|a1.2!|x(y=2(z)),w|errMsg,auth(scope.camera=2.10.3);b|l1|', 'C|m=1.1,n|a,b')).toStrictEqual({
    CATALOG: {
      a: {
        kind: 'async',
        since: '1.2.0',
        promise: true,
        params: { 'x': '', 'x.y': '2.0.0', 'x.y.z': '', 'w': '' },
        result: { 'errMsg': '', 'auth': '', 'auth.scope.camera': '2.10.3' },
      },
      b: { kind: 'listener', since: '1.0.0' },
    },
    CLASSES: { C: { m: '1.1.0', n: '' } },
    CLASS_SOURCES: { C: ['a', 'b'] },
  })
})
