import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { CATALOG_PATH, generateCatalog } from '../scripts/gen-catalog.js'
import { CATALOG, CLASSES, CLASS_SOURCES, LATEST_VERSION } from '../runtime/catalog'
import { DEFAULT_TARGET } from '../runtime/internal/default-target'
import { compareVersion, isVersion } from '../runtime/internal/version'

describe('runtime/catalog.ts', () => {
  it('is fresh: regenerating from the typings gives the committed file (run `npm run catalog`)', () => {
    expect(readFileSync(CATALOG_PATH, 'utf8')).toBe(generateCatalog())
  })

  it('covers the 499 Wx members plus saveFile from the overlay', () => {
    const names = Object.keys(CATALOG)
    expect(names.length).toBe(500)
    expect(names).toEqual([...names].sort())
    expect(CATALOG.saveFile).toEqual({
      kind: 'async',
      since: '1.0.0',
      promise: true,
      params: { tempFilePath: '' },
      result: { errMsg: '', savedFilePath: '' },
    })
  })

  it('counts kinds and promisified APIs as the typings state them', () => {
    const infos = Object.values(CATALOG)
    const kinds: Record<string, number> = {}
    for (const a of infos) kinds[a.kind] = (kinds[a.kind] ?? 0) + 1
    expect(kinds).toEqual({ async: 282, sync: 39, namespace: 4, task: 5, factory: 37, listener: 133 })
    // 194 typed with PromisifySuccessResult (spec §14) + saveFile
    expect(infos.filter((a) => a.promise).length).toBe(195)
    expect(infos.filter((a) => a.promise && a.kind !== 'async')).toEqual([])
  })

  it('classifies the APIs the spec names', () => {
    expect(CATALOG.request).toMatchObject({ kind: 'task', since: '1.0.0' })
    expect(CATALOG.request!.promise).toBeUndefined()
    expect(CATALOG.showToast).toMatchObject({ kind: 'async', since: '1.0.0', promise: true })
    expect(CATALOG.getSystemInfoAsync).toMatchObject({ kind: 'async', since: '2.14.1' })
    expect(CATALOG.getSystemInfoAsync!.promise).toBeUndefined()
    expect(CATALOG.onUnhandledRejection).toMatchObject({ kind: 'listener', since: '2.10.0' })
    expect(CATALOG.offUnhandledRejection).toMatchObject({ kind: 'listener', since: '2.10.0' })
    expect(CATALOG.getSystemInfoSync).toMatchObject({ kind: 'sync', since: '1.0.0' })
    expect(CATALOG.createInnerAudioContext).toMatchObject({ kind: 'factory', since: '1.6.0' })
    expect(CATALOG.getFileSystemManager).toMatchObject({ kind: 'factory', since: '1.9.9' })
    expect(CATALOG.canIUse).toEqual({ kind: 'sync', since: '1.1.1', params: { schema: '' } })
    expect(['cloud', 'env', 'router', 'worklet'].map((n) => CATALOG[n]!.kind)).toEqual([
      'namespace', 'namespace', 'namespace', 'namespace',
    ])
    expect(['request', 'downloadFile', 'uploadFile', 'connectSocket', 'preDownloadSubpackage'].every(
      (n) => CATALOG[n]!.kind === 'task',
    )).toBe(true)
  })

  it('records params, enum values and result fields with their since', () => {
    expect(CATALOG.showToast!.params).toEqual({
      duration: '', icon: '', 'icon.error': '2.14.1', 'icon.loading': '', 'icon.none': '1.9.0',
      'icon.success': '', image: '1.1.0', mask: '', title: '',
    })
    expect(CATALOG.navigateTo!.params).toEqual({
      events: '2.7.3', routeConfig: '3.4.0', routeOptions: '3.4.0', routeType: '2.29.2', url: '',
      withOpenContainer: '3.12.2',
    })
    expect(CATALOG.request!.params!['method.GET']).toBe('')
    expect(CATALOG.request!.params!.timeout).toBe('2.10.0')
    expect(CATALOG.getSystemInfoSync!.result!.safeArea).toBe('2.7.0')
    expect(CATALOG.getSystemInfoSync!.result!['safeArea.left']).toBe('')
    expect(CATALOG.onUnhandledRejection!.result).toEqual({ promise: '', reason: '' })
    expect(CATALOG.getStorageInfoSync!.result).toEqual({ currentSize: '', keys: '', limitSize: '' })
    expect(CATALOG.setStorageSync!.params).toEqual({ data: '', key: '' })
  })

  it('counts explicit since markers', () => {
    // 421 of the 499 typed members carry "需要基础库" (spec §14); one of them states 1.0.0
    const explicit = Object.entries(CATALOG).filter(([n, a]) => n !== 'saveFile' && a.since !== '1.0.0')
    expect(explicit.length).toBe(420)
  })

  it('lists class members with their since and the APIs that hand each class out', () => {
    expect(CLASSES.RequestTask).toEqual({
      abort: '1.4.0', offChunkReceived: '2.20.1', offHeadersReceived: '2.1.0', onChunkReceived: '2.20.1',
      onHeadersReceived: '2.1.0',
    })
    expect(CLASSES.EventChannel).toEqual({ emit: '2.7.3', off: '2.7.3', on: '2.7.3', once: '2.7.3' })
    for (const cls of ['RequestTask', 'DownloadTask', 'UploadTask', 'EventChannel', 'SocketTask', 'InnerAudioContext',
      'FileSystemManager', 'MapContext', 'VideoContext', 'CanvasContext', 'UpdateManager']) {
      expect(Object.keys(CLASSES[cls] ?? {}).length, cls).toBeGreaterThan(0)
    }
    expect(CLASS_SOURCES.RequestTask).toEqual(['request'])
    expect(CLASS_SOURCES.EventChannel).toEqual(['navigateTo'])
    expect(CLASS_SOURCES.Stats).toEqual(['getFileSystemManager'])
    for (const apis of Object.values(CLASS_SOURCES)) for (const api of apis) expect(CATALOG[api], api).toBeDefined()
  })

  it('holds only well-formed versions, and LATEST_VERSION is the highest', () => {
    const all: string[] = []
    for (const a of Object.values(CATALOG)) all.push(a.since, ...Object.values(a.params ?? {}), ...Object.values(a.result ?? {}))
    for (const c of Object.values(CLASSES)) all.push(...Object.values(c))
    const stated = all.filter((v) => v !== '')
    expect(stated.filter((v) => !isVersion(v))).toEqual([])
    expect(stated.filter((v) => compareVersion(v, LATEST_VERSION) > 0)).toEqual([])
    expect(stated).toContain(LATEST_VERSION)
    expect(LATEST_VERSION).toBe('3.17.0')
    expect(DEFAULT_TARGET).toBe(LATEST_VERSION)
  })
})
