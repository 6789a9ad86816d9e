import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { tap } from '../user-tap'
import { createInnerAudioContext, getBackgroundAudioManager } from '../../../runtime/media'
import { wavDataUrl } from './helpers'

const TONE = wavDataUrl(0.3)

/** Resolves with the argument of the first call of `onX`. */
function next(target: object, event: string): Promise<unknown> {
  const ctx = target as Record<string, unknown>
  return new Promise((resolve) => {
    const fn = (res?: unknown) => {
      ;(ctx[`off${event}`] as (f: unknown) => void)(fn)
      resolve(res)
    }
    ;(ctx[`on${event}`] as (f: unknown) => void)(fn)
  })
}

beforeAll(async () => {
  // Audible playback needs a user activation (autoplay policy): tap once, like a user would.
  await tap()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('createInnerAudioContext', () => {
  it('has WeChat\'s properties and defaults', () => {
    const ctx = createInnerAudioContext()
    expect({ src: ctx.src, startTime: ctx.startTime, autoplay: ctx.autoplay, loop: ctx.loop, obeyMuteSwitch: ctx.obeyMuteSwitch, volume: ctx.volume, playbackRate: ctx.playbackRate, duration: ctx.duration, currentTime: ctx.currentTime, paused: ctx.paused, buffered: ctx.buffered })
      .toEqual({ src: '', startTime: 0, autoplay: false, loop: false, obeyMuteSwitch: true, volume: 1, playbackRate: 1, duration: 0, currentTime: 0, paused: true, buffered: 0 })
    ctx.volume = 3
    expect(ctx.volume).toBe(1)
    ctx.loop = true
    expect(ctx.loop).toBe(true)
    ctx.destroy()
  })

  it('fires onCanplay, then onPlay, onTimeUpdate and onEnded in order when played to the end', async () => {
    const ctx = createInnerAudioContext()
    const events: string[] = []
    for (const e of ['Canplay', 'Play', 'Pause', 'Ended', 'Stop']) ((ctx as unknown as Record<string, (f: () => void) => void>)[`on${e}`])(() => events.push(e))
    let updates = 0
    ctx.onTimeUpdate(() => { updates++ })
    const canplay = next(ctx, 'Canplay')
    ctx.src = TONE
    expect(ctx.src).toBe(TONE)
    await canplay
    expect(ctx.duration).toBeCloseTo(0.3, 1)
    const ended = next(ctx, 'Ended')
    ctx.play()
    await ended
    expect(events).toEqual(['Canplay', 'Play', 'Ended'])
    expect(ctx.paused).toBe(true)
    expect(updates).toBeGreaterThan(0)
    ctx.destroy()
  })

  it('pause fires onPause; stop rewinds and fires onStop only; seek fires onSeeking and onSeeked', async () => {
    const ctx = createInnerAudioContext()
    ctx.loop = true
    const canplay = next(ctx, 'Canplay')
    ctx.src = TONE
    await canplay
    const played = next(ctx, 'Play')
    ctx.play()
    await played
    const paused = next(ctx, 'Pause')
    ctx.pause()
    await paused
    expect(ctx.paused).toBe(true)

    const seeking = next(ctx, 'Seeking')
    const seeked = next(ctx, 'Seeked')
    ctx.seek(0.2)
    await seeking
    await seeked
    expect(ctx.currentTime).toBeCloseTo(0.2, 2)

    const replay = next(ctx, 'Play')
    ctx.play()
    await replay
    const pauses = vi.fn()
    ctx.onPause(pauses)
    const stopped = next(ctx, 'Stop')
    ctx.stop()
    await stopped
    expect(pauses).not.toHaveBeenCalled()
    expect(ctx.paused).toBe(true)
    expect(ctx.currentTime).toBe(0)
    ctx.destroy()
  })

  it('startTime is where playback starts', async () => {
    const ctx = createInnerAudioContext()
    ctx.startTime = 0.25
    const canplay = next(ctx, 'Canplay')
    ctx.src = TONE
    await canplay
    expect(ctx.currentTime).toBeCloseTo(0.25, 2)
    ctx.destroy()
  })

  it('onError carries errMsg and WeChat\'s errCode for an unplayable source', async () => {
    const ctx = createInnerAudioContext()
    const error = next(ctx, 'Error')
    ctx.src = 'data:audio/wav;base64,AAAAAAAA'
    const res = await error as { errMsg: string, errCode: number }
    expect(res.errCode).toBe(10004)
    expect(typeof res.errMsg).toBe('string')
    ctx.destroy()
  })

  it('off removes one listener, or all without an argument; onX checks its argument', async () => {
    const ctx = createInnerAudioContext()
    const a = vi.fn()
    const b = vi.fn()
    ctx.onCanplay(a)
    ctx.onCanplay(b)
    ctx.offCanplay(a)
    const canplay = next(ctx, 'Canplay')
    ctx.src = TONE
    await canplay
    expect(a).not.toHaveBeenCalled()
    expect(b).toHaveBeenCalledTimes(1)
    ctx.offCanplay()
    expect(() => (ctx.onPlay as (f: unknown) => void)('x')).toThrow('onPlay:fail parameter error: parameter.listener should be Function instead of String;')
    ctx.destroy()
  })

  it('destroy silences the context', async () => {
    const ctx = createInnerAudioContext()
    const plays = vi.fn()
    ctx.onPlay(plays)
    ctx.src = TONE
    ctx.destroy()
    ctx.play()
    await new Promise(resolve => setTimeout(resolve, 50))
    expect(plays).not.toHaveBeenCalled()
    expect(ctx.paused).toBe(true)
  })
})

describe('getBackgroundAudioManager', () => {
  it('is one object; metadata goes to the Media Session; setting src plays', async () => {
    const m = getBackgroundAudioManager()
    expect(getBackgroundAudioManager()).toBe(m)
    m.title = 'Song'
    m.singer = 'Singer'
    m.epname = 'Album'
    m.coverImgUrl = 'https://example.com/cover.png'
    expect(navigator.mediaSession.metadata).toMatchObject({ title: 'Song', artist: 'Singer', album: 'Album' })
    expect(navigator.mediaSession.metadata!.artwork[0].src).toBe('https://example.com/cover.png')
    const played = next(m, 'Play')
    m.src = TONE
    await played
    expect(m.paused).toBe(false)
    const stopped = next(m, 'Stop')
    m.stop()
    await stopped
    expect(m.paused).toBe(true)
    expect(m.src).toBe('')
  })
})
