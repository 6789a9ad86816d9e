import { afterAll, beforeAll, expect, it } from 'vitest'
import { type Harness, open, reload, type Snapshot, snapshot, startHarness } from './harness'
import { KNOWN, parseQuery, StackModel, TABS } from './model'

// Model-based test: random sequences of route calls and browser back/forward/reload, each
// checked against the reference model after every step. A failure prints its sequence, seed,
// starting state and steps, and how to replay the run up to it.
const SEQUENCES = Number(process.env.ROUTE_MODEL_SEQUENCES ?? 500)
const BASE_SEED = Number(process.env.ROUTE_MODEL_SEED ?? 20261125)

function prng(seed: number): () => number {
  // mulberry32
  let a = seed >>> 0
  return () => {
    a = (a + 0x6D2B79F5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const QUERIES = ['', 'a=1', 'a=1&b=2', 'x=%E4%BD%A0&y=a=b', 'flag', 'k=v%20w&k2=']

type Step =
  | { kind: 'api', api: 'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch', url: string }
  | { kind: 'api', api: 'navigateBack', delta: number }
  | { kind: 'back' | 'forward' | 'reload' }

function pickStep(rand: () => number, model: StackModel): Step {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]
  const url = (tabShare = 0.12): string => {
    const u = rand()
    const route = u < 0.08 ? 'pages/nope/index' : u < 0.08 + tabShare ? pick(TABS) : pick(KNOWN.filter(p => !TABS.includes(p)))
    const q = pick(QUERIES)
    // Some URLs relative to the current page, as mini-programs often write them.
    const relative = rand() < 0.3 && model.top.route.startsWith('pages/') && route.startsWith('pages/')
    const path = relative ? `../${route.split('/').slice(1).join('/')}` : `/${route}`
    return q ? `${path}?${q}` : path
  }
  const r = rand()
  if (r < 0.3) return { kind: 'api', api: 'navigateTo', url: url() }
  if (r < 0.4) return { kind: 'api', api: 'redirectTo', url: url() }
  if (r < 0.48) return { kind: 'api', api: 'switchTab', url: url(0.75) }
  if (r < 0.53) return { kind: 'api', api: 'reLaunch', url: url() }
  if (r < 0.65) return { kind: 'api', api: 'navigateBack', delta: pick([1, 1, 2, 3, 20]) }
  // The buttons only when the browser has somewhere to go inside the app.
  if (r < 0.79) return model.pos > 0 ? { kind: 'back' } : { kind: 'api', api: 'navigateTo', url: url() }
  if (r < 0.93) return model.pos < model.hist.length - 1 ? { kind: 'forward' } : { kind: 'api', api: 'navigateTo', url: url() }
  if (r < 0.96) return { kind: 'reload' }
  return { kind: 'api', api: 'navigateTo', url: url() }
}

/** Applies a step to the model; returns the errMsg the runtime must give (route calls only). */
function applyToModel(model: StackModel, step: Step): string | undefined {
  if (step.kind !== 'api') return model[step.kind]()
  return step.api === 'navigateBack' ? model.navigateBack(step.delta) : model[step.api](step.url)
}

function expected(model: StackModel): Snapshot {
  const top = model.top
  return {
    pages: model.stack.map(e => ({ route: e.route, options: parseQuery(e.search) })),
    url: `/app/${top.route}${top.search ? `?${top.search}` : ''}`,
    visible: [`${top.route}|${JSON.stringify(parseQuery(top.search))}`],
    containers: [...model.stack.map(e => e.route), ...model.alive].sort(),
  }
}

/**
 * A sequence drawn up front from its seed, on the model as the previous sequence left it: it
 * starts with a reLaunch of the entry page (the stack shrinks to one page; the history entries
 * above stay, as forward entries the model knows) and goes on with 5-10 random steps.
 */
function plan(seed: number, model: StackModel): { steps: Step[], wants: Array<{ errMsg?: string, snapshot: Snapshot }> } {
  const rand = prng(seed)
  const length = 5 + Math.floor(rand() * 6)
  const steps: Step[] = []
  const wants = []
  for (let s = 0; s <= length; s++) {
    // Drawn one at a time: which buttons can be pressed depends on the model so far.
    const step: Step = s === 0 ? { kind: 'api', api: 'reLaunch', url: '/pages/tab1/index' } : pickStep(rand, model)
    steps.push(step)
    const errMsg = applyToModel(model, step)
    wants.push({ errMsg, snapshot: expected(model) })
  }
  return { steps, wants }
}

let h: Harness
beforeAll(async () => {
  h = await startHarness()
  await open(h.page, `${h.origin}/app/`)
})
afterAll(async () => {
  await h?.close()
})

it(`agrees with the reference model over ${SEQUENCES} random sequences`, async () => {
  const page = h.page
  // One model for the whole run: every sequence starts where the previous one ended, so the
  // run is one deterministic walk; sequence i replays with ROUTE_MODEL_SEQUENCES=i+1.
  const model = new StackModel([{ route: 'pages/tab1/index', search: '' }], 0)
  let checked = 0
  for (let i = 0; i < SEQUENCES; i++) {
    const seed = BASE_SEED + i
    const start = JSON.stringify({ hist: model.hist, pos: model.pos, alive: [...model.alive] })
    const { steps, wants } = plan(seed, model)
    // Steps run in the page in batches; a reload ends a batch.
    const results: Array<{ errMsg?: string, snapshot: Snapshot }> = []
    let from = 0
    while (from < steps.length) {
      let to = from
      while (to < steps.length && steps[to].kind !== 'reload') to++
      if (to > from) results.push(...await page.evaluate(batch => globalThis.__t.run(batch), steps.slice(from, to) as object[]))
      if (to < steps.length) {
        await reload(page)
        results.push({ errMsg: undefined, snapshot: await snapshot(page) })
      }
      from = to + 1
    }
    for (let s = 0; s < steps.length; s++) {
      const context = `sequence ${i}, seed ${seed} (replay: ROUTE_MODEL_SEED=${BASE_SEED} ROUTE_MODEL_SEQUENCES=${i + 1}), start ${start}, step ${s}, steps ${JSON.stringify(steps.slice(0, s + 1))}`
      expect(results[s], context).toEqual(wants[s])
      checked++
    }
  }
  expect(checked).toBeGreaterThanOrEqual(SEQUENCES * 6)
}, 300_000)
