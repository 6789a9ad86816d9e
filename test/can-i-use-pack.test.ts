import { expect, it } from 'vitest'
import { CATALOG, CLASSES, CLASS_SOURCES } from '../runtime/catalog'
import { IMPLEMENTED } from '../runtime/implemented'
import { CATALOG_PACKED, CLASSES_PACKED } from '../runtime/base/can-i-use-data'
import { unpackCanIUse } from '../runtime/base/can-i-use-pack'

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

it('unpacks prefixed keys, stated sinces, promise and absent maps', () => {
  expect(unpackCanIUse('a|a1.2.0!|x,.y=2.0.0,.y.z,w|errMsg;b|l1.0.0|', 'C|m=1.1.0,n|a,b')).toStrictEqual({
    CATALOG: {
      a: { kind: 'async', since: '1.2.0', promise: true, params: { 'x': '', 'x.y': '2.0.0', 'x.y.z': '', 'w': '' }, result: { errMsg: '' } },
      b: { kind: 'listener', since: '1.0.0' },
    },
    CLASSES: { C: { m: '1.1.0', n: '' } },
    CLASS_SOURCES: { C: ['a', 'b'] },
  })
})
