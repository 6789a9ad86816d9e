import { afterEach, describe, expect, it, vi } from 'vitest'
import { compressImage, getImageInfo, previewImage, saveImageToPhotosAlbum, saveVideoToPhotosAlbum } from '../../../runtime/media'
import { createTempFile, readTempFile, writeTempFile } from '../../../runtime/internal/temp-files'
import { UI_HOST_ID } from '../../../runtime/internal/ui-host'
import { imageFile, noisyPng } from './helpers'

function viewer(): HTMLElement | null {
  return document.getElementById(UI_HOST_ID)?.shadowRoot?.querySelector<HTMLElement>('.wx-pv') ?? null
}

function pointer(target: HTMLElement, type: string, x: number, y: number, id = 1): void {
  target.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: x, clientY: y, bubbles: true }))
}

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  document.getElementById(UI_HOST_ID)?.remove()
})

describe('getImageInfo', () => {
  it('gives width, height, path, orientation and type of a temp file', async () => {
    const path = createTempFile(await imageFile(12, 7))
    expect(await getImageInfo({ src: path })).toEqual({ errMsg: 'getImageInfo:ok', width: 12, height: 7, path, orientation: 'up', type: 'png' })
    const jpg = createTempFile(await imageFile(3, 4, 'a.jpg', 'image/jpeg'))
    expect((await getImageInfo({ src: jpg })).type).toBe('jpeg')
  })

  it('reads files saved under wxfile://usr and downloads URLs to a temp file', async () => {
    writeTempFile('wxfile://usr/pic.png', await imageFile(5, 6))
    expect(await getImageInfo({ src: 'wxfile://usr/pic.png' })).toEqual({ errMsg: 'getImageInfo:ok', width: 5, height: 6, path: 'wxfile://usr/pic.png', orientation: 'up', type: 'png' })
    const dataUrl = await new Promise<string>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result as string)
      imageFile(2, 9).then(f => reader.readAsDataURL(f))
    })
    const res = await getImageInfo({ src: dataUrl })
    expect([res.width, res.height]).toEqual([2, 9])
    expect(res.path).toMatch(/^blob:/)
    expect(readTempFile(res.path)!.size).toBeGreaterThan(0)
  })

  it('fails for a missing or undecodable image', async () => {
    await expect(getImageInfo({ src: '/no-such-image.png' })).rejects.toEqual({ errMsg: 'getImageInfo:fail image not found' })
    const text = createTempFile(new Blob(['not an image'], { type: 'text/plain' }))
    await expect(getImageInfo({ src: text })).rejects.toEqual({ errMsg: 'getImageInfo:fail image decode error' })
    await expect(getImageInfo({} as { src: string })).rejects.toEqual({ errMsg: 'getImageInfo:fail parameter error: parameter.src should be String instead of Undefined;' })
  })
})

describe('compressImage', () => {
  it('re-encodes as JPEG; lower quality gives a smaller file', async () => {
    const src = createTempFile(await noisyPng(200, 100))
    const high = await compressImage({ src, quality: 90 })
    const low = await compressImage({ src, quality: 10 })
    expect(high.errMsg).toBe('compressImage:ok')
    expect(readTempFile(high.tempFilePath)!.type).toBe('image/jpeg')
    expect(readTempFile(low.tempFilePath)!.size).toBeLessThan(readTempFile(high.tempFilePath)!.size)
  })

  it('resizes to compressedWidth/Height, one side keeping the aspect ratio', async () => {
    const src = createTempFile(await imageFile(200, 100))
    const both = await compressImage({ src, compressedWidth: 50, compressedHeight: 50 })
    const bitmap1 = await createImageBitmap(readTempFile(both.tempFilePath)!)
    expect([bitmap1.width, bitmap1.height]).toEqual([50, 50])
    const one = await compressImage({ src, compressedWidth: 40 })
    const bitmap2 = await createImageBitmap(readTempFile(one.tempFilePath)!)
    expect([bitmap2.width, bitmap2.height]).toEqual([40, 20])
  })
})

describe('saveImageToPhotosAlbum / saveVideoToPhotosAlbum', () => {
  it('triggers a download of the file and succeeds', async () => {
    const links: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { links.push(this) })
    const path = createTempFile(await imageFile(2, 2))
    expect(await saveImageToPhotosAlbum({ filePath: path })).toEqual({ errMsg: 'saveImageToPhotosAlbum:ok' })
    expect(links).toHaveLength(1)
    expect(links[0].download).toMatch(/^image-\d+\.png$/)
    expect(links[0].href).toMatch(/^blob:/)
    const video = createTempFile(new Blob(['v'], { type: 'video/mp4' }))
    expect(await saveVideoToPhotosAlbum({ filePath: video })).toEqual({ errMsg: 'saveVideoToPhotosAlbum:ok' })
    expect(links[1].download).toMatch(/^video-\d+\.mp4$/)
  })

  it('fails for an unknown local path', async () => {
    await expect(saveImageToPhotosAlbum({ filePath: 'wxfile://usr/none.png' })).rejects.toEqual({ errMsg: 'saveImageToPhotosAlbum:fail file not found' })
  })
})

describe('previewImage', () => {
  async function urls(n: number): Promise<string[]> {
    const out: string[] = []
    for (let i = 0; i < n; i++) out.push(createTempFile(await imageFile(10 + i, 10)))
    return out
  }

  it('shows a full-screen viewer at `current` and resolves once shown', async () => {
    const list = await urls(3)
    const res = await previewImage({ urls: list, current: list[1] })
    expect(res).toEqual({ errMsg: 'previewImage:ok' })
    const v = viewer()!
    expect(v.getAttribute('role')).toBe('dialog')
    expect(v.querySelector('.wx-pv-n')!.textContent).toBe('2 / 3')
    const imgs = v.querySelectorAll('img')
    expect(imgs).toHaveLength(3)
    expect([...imgs].map(img => img.getAttribute('src'))).toEqual(list)
  })

  it('swipes and arrow keys move between images, within bounds', async () => {
    const list = await urls(3)
    await previewImage({ urls: list })
    const v = viewer()!
    const count = () => v.querySelector('.wx-pv-n')!.textContent
    expect(count()).toBe('1 / 3')
    pointer(v, 'pointerdown', 300, 100)
    pointer(v, 'pointermove', 200, 100)
    pointer(v, 'pointerup', 200, 100)
    expect(count()).toBe('2 / 3')
    pointer(v, 'pointerdown', 100, 100)
    pointer(v, 'pointermove', 130, 100)
    pointer(v, 'pointerup', 130, 100)
    expect(count()).toBe('2 / 3')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }))
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight' }))
    expect(count()).toBe('3 / 3')
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowLeft' }))
    expect(count()).toBe('2 / 3')
  })

  it('double tap zooms, pinch zooms, a single tap closes', async () => {
    vi.useFakeTimers()
    const list = await urls(1)
    await previewImage({ urls: list })
    const v = viewer()!
    const img = () => v.querySelector('img')!.style.transform
    pointer(v, 'pointerdown', 50, 50)
    pointer(v, 'pointerup', 50, 50)
    pointer(v, 'pointerdown', 50, 50)
    pointer(v, 'pointerup', 50, 50)
    expect(img()).toContain('scale(2)')
    pointer(v, 'pointerdown', 50, 50)
    pointer(v, 'pointerup', 50, 50)
    pointer(v, 'pointerdown', 50, 50)
    pointer(v, 'pointerup', 50, 50)
    expect(img()).toContain('scale(1)')
    pointer(v, 'pointerdown', 100, 100, 1)
    pointer(v, 'pointerdown', 120, 100, 2)
    pointer(v, 'pointermove', 140, 100, 2)
    expect(img()).toContain('scale(2)')
    pointer(v, 'pointerup', 140, 100, 2)
    pointer(v, 'pointerup', 100, 100, 1)
    vi.advanceTimersByTime(1000)
    expect(viewer()).not.toBeNull()
    pointer(v, 'pointerdown', 10, 10)
    pointer(v, 'pointerup', 10, 10)
    expect(viewer()).not.toBeNull()
    vi.advanceTimersByTime(300)
    expect(viewer()).toBeNull()
  })

  it('Escape closes; a second preview replaces the first', async () => {
    const list = await urls(2)
    await previewImage({ urls: list })
    await previewImage({ urls: list, current: list[1] })
    expect(document.getElementById(UI_HOST_ID)!.shadowRoot!.querySelectorAll('.wx-pv')).toHaveLength(1)
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }))
    expect(viewer()).toBeNull()
  })

  it('a long press opens the menu: save downloads the image, cancel and a tap outside close the menu only', async () => {
    vi.useFakeTimers()
    const links: HTMLAnchorElement[] = []
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { links.push(this) })
    const list = ['https://example.com/a/photo.jpg']
    await previewImage({ urls: list })
    const v = viewer()!
    pointer(v, 'pointerdown', 50, 50)
    vi.advanceTimersByTime(500)
    pointer(v, 'pointerup', 50, 50)
    const menu = v.querySelector('.wx-pv-menu')!
    expect([...menu.querySelectorAll('button')].map(b => b.textContent)).toEqual(['保存图片', '取消'])
    vi.advanceTimersByTime(1000)
    expect(viewer()).not.toBeNull()
    menu.querySelector('button')!.click()
    expect(links.map(l => [l.href, l.download])).toEqual([['https://example.com/a/photo.jpg', 'photo.jpg']])
    expect(v.querySelector('.wx-pv-menu')).toBeNull()
    pointer(v, 'pointerdown', 50, 50)
    vi.advanceTimersByTime(600)
    pointer(v, 'pointerup', 50, 50)
    pointer(v, 'pointerdown', 10, 10)
    pointer(v, 'pointerup', 10, 10)
    vi.advanceTimersByTime(1000)
    expect(v.querySelector('.wx-pv-menu')).toBeNull()
    expect(viewer()).not.toBeNull()
  })

  it('showmenu: false means no long-press menu', async () => {
    vi.useFakeTimers()
    await previewImage({ urls: await urls(1), showmenu: false })
    const v = viewer()!
    pointer(v, 'pointerdown', 50, 50)
    vi.advanceTimersByTime(800)
    expect(v.querySelector('.wx-pv-menu')).toBeNull()
  })

  it('fails without urls', async () => {
    await expect(previewImage({} as { urls: string[] })).rejects.toEqual({ errMsg: 'previewImage:fail parameter error: parameter.urls should be Array instead of Undefined;' })
  })
})
