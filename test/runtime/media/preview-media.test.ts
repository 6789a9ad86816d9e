import { afterEach, describe, expect, it, vi } from 'vitest'
import { previewMedia } from '../../../runtime/media'
import { createTempFile } from '../../../runtime/internal/temp-files'
import { UI_HOST_ID } from '../../../runtime/internal/ui-host'
import { imageFile, webmFile } from './helpers'

function viewer(): HTMLElement | null {
  return document.getElementById(UI_HOST_ID)?.shadowRoot?.querySelector<HTMLElement>('.wx-pm') ?? null
}

function pointer(target: EventTarget, type: string, x: number, y: number, id = 1): void {
  target.dispatchEvent(new PointerEvent(type, { pointerId: id, clientX: x, clientY: y, bubbles: true }))
}

function key(name: string): void {
  document.dispatchEvent(new KeyboardEvent('keydown', { key: name }))
}

afterEach(() => {
  vi.restoreAllMocks()
  key('Escape')
  document.getElementById(UI_HOST_ID)?.remove()
})

async function sources() {
  const image = createTempFile(await imageFile(10, 10))
  const poster = createTempFile(await imageFile(4, 4, 'poster.png'))
  const video = createTempFile(await webmFile())
  const image2 = createTempFile(await imageFile(12, 10))
  return { image, poster, video, image2, list: [{ url: image }, { url: video, type: 'video' as const, poster }, { url: image2, type: 'image' as const }] }
}

describe('previewMedia', () => {
  it('shows images as <img> and videos as <video controls> with their poster, at `current`', async () => {
    const s = await sources()
    const res = await previewMedia({ sources: s.list, current: 1 })
    expect(res).toEqual({ errMsg: 'previewMedia:ok' })
    const v = viewer()!
    expect(v.getAttribute('role')).toBe('dialog')
    expect(v.querySelector('.wx-pm-n')!.textContent).toBe('2 / 3')
    const pages = [...v.querySelectorAll('.wx-pm-page')].map(p => p.firstElementChild!)
    expect(pages.map(el => el.tagName)).toEqual(['IMG', 'VIDEO', 'IMG'])
    const video = pages[1] as HTMLVideoElement
    expect(video.controls).toBe(true)
    expect(video.getAttribute('poster')).toBe(s.poster)
    expect(pages.map(el => el.getAttribute('src'))).toEqual([s.image, s.video, s.image2])
  })

  it('loads only the current source and its neighbours; current defaults to 0', async () => {
    const list = []
    for (let i = 0; i < 4; i++) list.push({ url: createTempFile(await imageFile(5 + i, 5)) })
    await previewMedia({ sources: list })
    const v = viewer()!
    expect(v.querySelector('.wx-pm-n')!.textContent).toBe('1 / 4')
    expect([...v.querySelectorAll('img')].map(img => img.getAttribute('src'))).toEqual([list[0].url, list[1].url, null, null])
  })

  it('swipes and arrow keys move within bounds and pause the video left behind', async () => {
    const s = await sources()
    await previewMedia({ sources: s.list })
    const v = viewer()!
    const count = () => v.querySelector('.wx-pm-n')!.textContent
    pointer(v, 'pointerdown', 300, 100)
    pointer(v, 'pointermove', 200, 100)
    pointer(v, 'pointerup', 200, 100)
    expect(count()).toBe('2 / 3')
    const video = v.querySelector('video')!
    video.muted = true
    await video.play()
    expect(video.paused).toBe(false)
    key('ArrowRight')
    expect(count()).toBe('3 / 3')
    expect(video.paused).toBe(true)
    key('ArrowRight')
    expect(count()).toBe('3 / 3')
    key('ArrowLeft')
    key('ArrowLeft')
    key('ArrowLeft')
    expect(count()).toBe('1 / 3')
    // A short drag snaps back.
    pointer(v, 'pointerdown', 100, 100)
    pointer(v, 'pointermove', 130, 100)
    pointer(v, 'pointerup', 130, 100)
    expect(count()).toBe('1 / 3')
  })

  it('a tap outside a video closes it, a tap on the video does not; Escape closes', async () => {
    const s = await sources()
    await previewMedia({ sources: s.list, current: 1 })
    const video = viewer()!.querySelector('video')!
    pointer(video, 'pointerdown', 50, 50)
    pointer(video, 'pointerup', 50, 50)
    expect(viewer()).not.toBeNull()
    pointer(viewer()!, 'pointerdown', 50, 50)
    pointer(viewer()!, 'pointerup', 50, 50)
    expect(viewer()).toBeNull()
    await previewMedia({ sources: s.list })
    key('Escape')
    expect(viewer()).toBeNull()
  })

  it('a second call replaces the open viewer; out-of-range current starts at 0', async () => {
    const s = await sources()
    await previewMedia({ sources: s.list, current: 2 })
    await previewMedia({ sources: s.list, current: 7 })
    const shown = document.getElementById(UI_HOST_ID)!.shadowRoot!.querySelectorAll('.wx-pm')
    expect(shown).toHaveLength(1)
    expect(shown[0].querySelector('.wx-pm-n')!.textContent).toBe('1 / 3')
  })

  it('fails on missing or empty sources and on a source without url, with callbacks in order', async () => {
    await expect(previewMedia({} as never)).rejects.toEqual({ errMsg: 'previewMedia:fail parameter error: parameter.sources should be Array instead of Undefined;' })
    await expect(previewMedia({ sources: [] })).rejects.toEqual({ errMsg: 'previewMedia:fail parameter error: parameter.sources should not be empty' })
    const calls: string[] = []
    let err: unknown
    await new Promise<void>((resolve) => {
      previewMedia({
        sources: [{ url: 'a.png' }, { poster: 'p.png' } as never],
        success: () => calls.push('success'),
        fail: (e: unknown) => { calls.push('fail'); err = e },
        complete: () => { calls.push('complete'); resolve() },
      } as never)
    })
    expect(calls).toEqual(['fail', 'complete'])
    expect(err).toEqual({ errMsg: 'previewMedia:fail parameter error: parameter.sources[1].url should be String instead of Undefined;' })
    expect(viewer()).toBeNull()
  })
})
