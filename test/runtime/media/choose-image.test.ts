import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { chooseImage, chooseMedia } from '../../../runtime/media'
import { readTempFile } from '../../../runtime/internal/temp-files'
import { imageFile, noisyPng, pick, pickerInput, webmFile } from './helpers'

// The harness supplies files with playwright's setInputFiles (userEvent.upload). The native
// chooser itself is not opened: after an upload the page holds a user activation, and
// headless Chromium cancels a chooser nobody intercepts. test/media-e2e drives the real one.
let clicks: ReturnType<typeof vi.spyOn>
beforeEach(() => {
  clicks = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => {})
})

afterEach(() => {
  clicks.mockRestore()
  document.querySelectorAll('input[type=file]').forEach(el => el.remove())
})

describe('chooseImage', () => {
  it('opens an image picker and returns tempFilePaths and tempFiles', async () => {
    const result = chooseImage({ count: 2 })
    const input = pickerInput()
    expect(input.accept).toBe('image/*')
    expect(input.multiple).toBe(true)
    expect(input.hasAttribute('capture')).toBe(false)
    expect(clicks).toHaveBeenCalledTimes(1)
    expect(clicks.mock.contexts[0]).toBe(input)
    const files = [await imageFile(4, 3, 'a.png'), await imageFile(5, 5, 'b.png')]
    await pick(files)
    const res = await result
    expect(res.errMsg).toBe('chooseImage:ok')
    expect(res.tempFilePaths).toHaveLength(2)
    expect(res.tempFiles).toEqual(res.tempFilePaths.map((path, i) => ({ path, size: files[i].size })))
    expect(res.tempFilePaths[0]).toMatch(/^blob:/)
    expect(readTempFile(res.tempFilePaths[1])!.size).toBe(files[1].size)
    expect(document.querySelector('input[type=file]')).toBeNull()
  })

  it('keeps at most `count` files; count 1 is a single picker', async () => {
    const result = chooseImage({ count: 1 })
    expect(pickerInput().multiple).toBe(false)
    await pick([await imageFile(2, 2)])
    expect((await result).tempFilePaths).toHaveLength(1)
  })

  it('asks for the camera when sourceType is only camera', async () => {
    const result = chooseImage({ sourceType: ['camera'] })
    expect(pickerInput().getAttribute('capture')).toBe('environment')
    pickerInput().dispatchEvent(new Event('cancel'))
    await expect(result).rejects.toEqual({ errMsg: 'chooseImage:fail cancel' })
  })

  it('fails with chooseImage:fail cancel when the picker is cancelled, callbacks in order', async () => {
    const calls: string[] = []
    let err: unknown
    const done = new Promise<void>((resolve) => {
      chooseImage({
        success: () => calls.push('success'),
        fail: (e) => { calls.push('fail'); err = e },
        complete: () => { calls.push('complete'); resolve() },
      })
    })
    pickerInput().dispatchEvent(new Event('cancel'))
    await done
    expect(calls).toEqual(['fail', 'complete'])
    expect(err).toEqual({ errMsg: 'chooseImage:fail cancel' })
  })

  it('sizeType compressed re-encodes as a smaller JPEG with the long side capped at 1280', async () => {
    const result = chooseImage({ sizeType: ['compressed'] })
    const png = await noisyPng(1600, 400)
    await pick([png])
    const res = await result
    const blob = readTempFile(res.tempFilePaths[0])!
    expect(blob.type).toBe('image/jpeg')
    expect(res.tempFiles[0].size).toBe(blob.size)
    expect(blob.size).toBeLessThan(png.size)
    const bitmap = await createImageBitmap(blob)
    expect([bitmap.width, bitmap.height]).toEqual([1280, 320])
  })

  it('checks parameters', async () => {
    await expect(chooseImage({ count: '3' as unknown as number })).rejects.toEqual({ errMsg: 'chooseImage:fail parameter error: parameter.count should be Number instead of String;' })
  })
})

describe('chooseMedia', () => {
  it('returns MediaFile records for images', async () => {
    const result = chooseMedia({ mediaType: ['image'], count: 3 })
    expect(pickerInput().accept).toBe('image/*')
    const file = await imageFile(7, 3)
    await pick([file])
    const res = await result
    expect(res).toEqual({
      errMsg: 'chooseMedia:ok',
      type: 'image',
      tempFiles: [{ tempFilePath: expect.stringMatching(/^blob:/), size: file.size, fileType: 'image', width: 7, height: 3, duration: 0, thumbTempFilePath: '' }],
    })
  })

  it('accepts images and videos by default and uses the front camera when asked', async () => {
    const result = chooseMedia({ sourceType: ['camera'], camera: 'front' })
    expect(pickerInput().accept).toBe('image/*,video/*')
    expect(pickerInput().getAttribute('capture')).toBe('user')
    pickerInput().dispatchEvent(new Event('cancel'))
    await expect(result).rejects.toEqual({ errMsg: 'chooseMedia:fail cancel' })
  })

  it('a second picker cancels the first', async () => {
    const first = chooseMedia({})
    const second = chooseImage({})
    await expect(first).rejects.toEqual({ errMsg: 'chooseMedia:fail cancel' })
    pickerInput().dispatchEvent(new Event('cancel'))
    await expect(second).rejects.toEqual({ errMsg: 'chooseImage:fail cancel' })
  })
})

describe('chooseMedia with a video', () => {
  it('reports fileType video with its size and a JPEG first-frame thumbnail; mixed picks are type mix', async () => {
    const video = await webmFile()
    const image = await imageFile(3, 3)
    const result = chooseMedia({})
    await pick([video, image])
    const res = await result
    expect(res.type).toBe('mix')
    const [v, i] = res.tempFiles
    expect(v).toMatchObject({ fileType: 'video', size: video.size, width: 64, height: 48 })
    expect(v.duration).toBeGreaterThanOrEqual(0)
    expect(readTempFile(v.tempFilePath)!.type).toBe('video/webm')
    expect(readTempFile(v.thumbTempFilePath)!.type).toBe('image/jpeg')
    expect(i).toMatchObject({ fileType: 'image', width: 3, height: 3, thumbTempFilePath: '' })
  })
})
