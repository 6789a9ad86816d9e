import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { tap } from '../user-tap'
import { createVideoContext } from '../../../runtime/media'
import { wavDataUrl } from './helpers'

const TONE = wavDataUrl(1)

function mountVideo(id: string): HTMLVideoElement {
  const wrap = document.createElement('div')
  wrap.innerHTML = `<video id="${id}" style="width:320px;height:180px" preload="auto"></video>`
  document.body.appendChild(wrap)
  const video = wrap.querySelector('video')!
  video.src = TONE
  return video
}

function once(video: HTMLVideoElement, type: string): Promise<void> {
  return new Promise(resolve => video.addEventListener(type, () => resolve(), { once: true }))
}

beforeAll(async () => {
  // Playback needs a user activation (autoplay policy).
  await tap()
})

afterEach(() => {
  vi.restoreAllMocks()
  document.body.innerHTML = ''
})

describe('createVideoContext', () => {
  it('play, pause, seek, playbackRate and stop drive the <video id>', async () => {
    const video = mountVideo('v1')
    await once(video, 'canplay')
    const ctx = createVideoContext('v1')
    const playing = once(video, 'play')
    ctx.play()
    await playing
    expect(video.paused).toBe(false)
    ctx.pause()
    expect(video.paused).toBe(true)
    const seeked = once(video, 'seeked')
    ctx.seek(0.5)
    await seeked
    expect(video.currentTime).toBeCloseTo(0.5, 2)
    ctx.playbackRate(1.5)
    expect(video.playbackRate).toBe(1.5)
    ctx.stop()
    expect(video.paused).toBe(true)
    expect(video.currentTime).toBe(0)
  })

  it('finds the element at call time, and warns when there is none', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const ctx = createVideoContext('later')
    ctx.pause()
    expect(warn).toHaveBeenCalledWith('[wx-h5] VideoContext.pause: no <video id="later"> in the page.')
    const video = mountVideo('later')
    ctx.playbackRate(2)
    expect(video.playbackRate).toBe(2)
  })

  it('sendDanmu renders the text over the video in its colour', () => {
    mountVideo('v2')
    const ctx = createVideoContext('v2')
    ctx.sendDanmu({ text: '弹幕 hello', color: '#ff0000' })
    const layer = document.querySelector<HTMLElement>('[data-wx-danmu="v2"]')!
    expect(layer.previousElementSibling!.id).toBe('v2')
    expect(layer.style.width).toBe('320px')
    const item = layer.firstElementChild as HTMLElement
    expect(item.textContent).toBe('弹幕 hello')
    expect(item.style.color).toBe('rgb(255, 0, 0)')
  })

  it('requestFullScreen enters fullscreen on the video; exitFullScreen leaves it', async () => {
    const video = mountVideo('v3')
    const button = document.createElement('button')
    button.textContent = 'full'
    const ctx = createVideoContext('v3')
    button.onclick = () => ctx.requestFullScreen({ direction: 0 })
    document.body.appendChild(button)
    const entered = new Promise(resolve => document.addEventListener('fullscreenchange', resolve, { once: true }))
    await userEvent.click(button)
    await entered
    expect(document.fullscreenElement).toBe(video)
    const left = new Promise(resolve => document.addEventListener('fullscreenchange', resolve, { once: true }))
    ctx.exitFullScreen()
    await left
    expect(document.fullscreenElement).toBeNull()
  })

  it('exitPictureInPicture fails the wx way when not in picture-in-picture', async () => {
    mountVideo('v4')
    const ctx = createVideoContext('v4')
    const res = await new Promise<Record<string, unknown>>((resolve) => {
      ctx.exitPictureInPicture({ fail: resolve })
    })
    expect(res).toEqual({ errMsg: 'exitPictureInPicture:fail not in picture-in-picture mode' })
  })
})
