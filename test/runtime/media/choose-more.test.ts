import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { chooseMessageFile, chooseVideo } from '../../../runtime/media'
import { readTempFile } from '../../../runtime/internal/temp-files'
import { imageFile, pick, pickerInput, webmFile } from './helpers'

// Files are supplied with playwright's setInputFiles (userEvent.upload), as in choose-image.test.ts.
let clicks: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  clicks = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
})

afterEach(() => {
  clicks.mockRestore()
  document.querySelectorAll('input[type=file]').forEach(el => el.remove())
})

function textFile(name: string, text = 'hello', lastModified = 1_700_000_000_123, type = 'text/plain'): File {
  return new File([text], name, { type, lastModified })
}

describe('chooseVideo', () => {
  it('opens a single video picker and returns tempFilePath, size, duration, width and height', async () => {
    const video = await webmFile('clip.webm', 64, 48)
    const result = chooseVideo({})
    const input = pickerInput()
    expect(input.accept).toBe('video/*')
    expect(input.multiple).toBe(false)
    expect(input.hasAttribute('capture')).toBe(false)
    expect(clicks).toHaveBeenCalledTimes(1)
    await pick([video])
    const res = await result
    expect(Object.keys(res).sort()).toEqual(['duration', 'errMsg', 'height', 'size', 'tempFilePath', 'width'])
    expect(res).toMatchObject({ errMsg: 'chooseVideo:ok', size: video.size, width: 64, height: 48 })
    expect(typeof res.duration).toBe('number')
    expect(res.tempFilePath).toMatch(/^blob:/)
    const blob = readTempFile(res.tempFilePath)!
    expect([blob.size, blob.type, (blob as File).name]).toEqual([video.size, 'video/webm', 'clip.webm'])
    expect(document.querySelector('input[type=file]')).toBeNull()
  })

  it('asks for the camera for a camera-only sourceType, the front one when asked', async () => {
    const back = chooseVideo({ sourceType: ['camera'] })
    expect(pickerInput().getAttribute('capture')).toBe('environment')
    pickerInput().dispatchEvent(new Event('cancel'))
    await expect(back).rejects.toEqual({ errMsg: 'chooseVideo:fail cancel' })
    const front = chooseVideo({ sourceType: ['camera'], camera: 'front' })
    expect(pickerInput().getAttribute('capture')).toBe('user')
    pickerInput().dispatchEvent(new Event('cancel'))
    await expect(front).rejects.toEqual({ errMsg: 'chooseVideo:fail cancel' })
  })

  it('cancel calls fail then complete, once each', async () => {
    const calls: string[] = []
    let err: unknown
    const done = new Promise<void>((resolve) => {
      chooseVideo({
        success: () => calls.push('success'),
        fail: (e: unknown) => { calls.push('fail'); err = e },
        complete: () => { calls.push('complete'); resolve() },
      } as never)
    })
    pickerInput().dispatchEvent(new Event('cancel'))
    await done
    expect(calls).toEqual(['fail', 'complete'])
    expect(err).toEqual({ errMsg: 'chooseVideo:fail cancel' })
  })

  it('checks parameter types', async () => {
    await expect(chooseVideo({ maxDuration: '10' as never })).rejects.toEqual({ errMsg: 'chooseVideo:fail parameter error: parameter.maxDuration should be Number instead of String;' })
    expect(document.querySelector('input[type=file]')).toBeNull()
  })
})

describe('chooseMessageFile', () => {
  it('type all (default) accepts anything and returns ChooseFile fields for each file', async () => {
    const result = chooseMessageFile({ count: 3 })
    const input = pickerInput()
    expect(input.accept).toBe('')
    expect(input.multiple).toBe(true)
    const png = await imageFile(2, 2, 'p.png')
    const txt = textFile('notes.txt')
    const before = Math.floor(Date.now() / 1000)
    const video = await webmFile('v.webm')
    await pick([png, txt, video])
    const res = await result
    expect(res.errMsg).toBe('chooseMessageFile:ok')
    // The harness re-creates the files in the page, so their lastModified is the upload time.
    const times = res.tempFiles.map(f => Math.floor((readTempFile(f.path) as File).lastModified / 1000))
    expect(res.tempFiles).toEqual([
      { path: expect.stringMatching(/^blob:/), size: png.size, name: 'p.png', type: 'image', time: times[0] },
      { path: expect.stringMatching(/^blob:/), size: 5, name: 'notes.txt', type: 'file', time: times[1] },
      { path: expect.stringMatching(/^blob:/), size: video.size, name: 'v.webm', type: 'video', time: times[2] },
    ])
    for (const time of times) expect(time).toBeGreaterThanOrEqual(before)
    expect(await readTempFile(res.tempFiles[1].path)!.text()).toBe(await txt.text())
  })

  it('keeps at most `count` files; count 1 is a single picker', async () => {
    const two = chooseMessageFile({ count: 2 })
    await pick([textFile('a.txt'), textFile('b.txt'), textFile('c.txt')])
    expect((await two).tempFiles.map(f => f.name)).toEqual(['a.txt', 'b.txt'])
    const one = chooseMessageFile({ count: 1 })
    expect(pickerInput().multiple).toBe(false)
    await pick([textFile('d.txt')])
    expect((await one).tempFiles.map(f => f.name)).toEqual(['d.txt'])
  })

  it('type image and video set accept and drop files of other kinds', async () => {
    const images = chooseMessageFile({ count: 5, type: 'image' })
    expect(pickerInput().accept).toBe('image/*')
    await pick([textFile('a.txt'), await imageFile(1, 1, 'i.png')])
    expect((await images).tempFiles.map(f => [f.name, f.type])).toEqual([['i.png', 'image']])
    const videos = chooseMessageFile({ count: 5, type: 'video' })
    expect(pickerInput().accept).toBe('video/*')
    await pick([await webmFile('v.webm'), await imageFile(1, 1, 'i.png')])
    expect((await videos).tempFiles.map(f => [f.name, f.type])).toEqual([['v.webm', 'video']])
  })

  it('type file excludes images and videos; with extension it admits exactly those extensions', async () => {
    const files = chooseMessageFile({ count: 5, type: 'file' })
    expect(pickerInput().accept).toBe('')
    await pick([await imageFile(1, 1, 'i.png'), textFile('a.txt')])
    expect((await files).tempFiles.map(f => f.name)).toEqual(['a.txt'])
    const pdfs = chooseMessageFile({ count: 5, type: 'file', extension: ['pdf', '.DOCX'] })
    expect(pickerInput().accept).toBe('.pdf,.docx')
    await pick([textFile('a.txt'), textFile('b.PDF', 'x', 0, 'application/pdf'), textFile('c.docx', 'y', 0, '')])
    expect((await pdfs).tempFiles.map(f => f.name)).toEqual(['b.PDF', 'c.docx'])
  })

  it('extension is ignored for other types, as WeChat documents', async () => {
    const result = chooseMessageFile({ count: 2, type: 'all', extension: ['pdf'] })
    expect(pickerInput().accept).toBe('')
    await pick([textFile('a.txt')])
    expect((await result).tempFiles.map(f => f.name)).toEqual(['a.txt'])
  })

  it('choosing nothing that fits the filter is a cancel', async () => {
    const result = chooseMessageFile({ count: 2, type: 'image' })
    const outcome = expect(result).rejects.toEqual({ errMsg: 'chooseMessageFile:fail cancel' })
    await pick([textFile('a.txt')])
    await outcome
  })

  it('cancel calls fail then complete, once each', async () => {
    const calls: string[] = []
    let err: unknown
    const done = new Promise<void>((resolve) => {
      chooseMessageFile({
        count: 1,
        success: () => calls.push('success'),
        fail: (e: unknown) => { calls.push('fail'); err = e },
        complete: () => { calls.push('complete'); resolve() },
      } as never)
    })
    pickerInput().dispatchEvent(new Event('cancel'))
    await done
    expect(calls).toEqual(['fail', 'complete'])
    expect(err).toEqual({ errMsg: 'chooseMessageFile:fail cancel' })
  })

  it('count is required and positive; type and extension entries are checked', async () => {
    await expect(chooseMessageFile({} as never)).rejects.toEqual({ errMsg: 'chooseMessageFile:fail parameter error: parameter.count should be Number instead of Undefined;' })
    await expect(chooseMessageFile({ count: 0 })).rejects.toEqual({ errMsg: 'chooseMessageFile:fail parameter error: parameter.count should be greater than 0' })
    await expect(chooseMessageFile({ count: 1, type: 'doc' as never })).rejects.toEqual({ errMsg: 'chooseMessageFile:fail parameter error: parameter.type should be one of all, video, image, file instead of doc' })
    await expect(chooseMessageFile({ count: 1, type: 'file', extension: ['pdf', ''] })).rejects.toEqual({ errMsg: 'chooseMessageFile:fail parameter error: parameter.extension[1] should be a non-empty String' })
    expect(document.querySelector('input[type=file]')).toBeNull()
  })
})
