import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createSelectorQuery, nextTick } from '../../../runtime/wxml/index'

let host: HTMLElement

beforeEach(() => {
  host = document.createElement('div')
  host.innerHTML = `
    <div id="a" class="box" data-kind="first" data-item-id="7" style="position:absolute;left:10px;top:20px;width:100px;height:50px;color:rgb(255, 0, 0)"></div>
    <div class="box" style="position:absolute;left:0;top:100px;width:30px;height:40px"></div>
    <div id="scroller" style="position:absolute;left:0;top:200px;width:50px;height:50px;overflow:auto"><div style="width:200px;height:300px"></div></div>
    <section id="comp"><p class="inner" id="inside"></p></section>
    <input id="field" value="typed">`
  document.body.appendChild(host)
})

afterEach(() => host.remove())

function exec(query: ReturnType<typeof createSelectorQuery>): Promise<unknown[]> {
  return new Promise(resolve => query.exec(res => resolve(res)))
}

describe('createSelectorQuery', () => {
  it('boundingClientRect of one node and of all matches', async () => {
    const query = createSelectorQuery()
    query.select('#a').boundingClientRect()
    query.selectAll('.box').boundingClientRect()
    const [one, all] = await exec(query)
    expect(one).toEqual({ id: 'a', dataset: { kind: 'first', itemId: '7' }, left: 10, right: 110, top: 20, bottom: 70, width: 100, height: 50 })
    expect((all as unknown[]).length).toBe(2)
    expect((all as Array<{ id: string, height: number }>).map(r => [r.id, r.height])).toEqual([['a', 50], ['', 40]])
  })

  it('no match gives null for select and [] for selectAll; an invalid selector matches nothing', async () => {
    const query = createSelectorQuery()
    query.select('#missing').boundingClientRect()
    query.selectAll('.missing').boundingClientRect()
    query.select('[[bad').boundingClientRect()
    expect(await exec(query)).toEqual([null, [], null])
  })

  it('runs each request callback in order, then the exec callback, asynchronously', async () => {
    const order: string[] = []
    const query = createSelectorQuery()
    query.select('#a').boundingClientRect(() => order.push('rect'))
      .select('#scroller').scrollOffset(() => order.push('scroll'))
    const done = new Promise<void>(resolve => query.exec(() => {
      order.push('exec')
      resolve()
    }))
    order.push('sync')
    await done
    expect(order).toEqual(['sync', 'rect', 'scroll', 'exec'])
  })

  it('scrollOffset of a node and of the viewport', async () => {
    document.getElementById('scroller')!.scrollTop = 60
    const query = createSelectorQuery()
    query.select('#scroller').scrollOffset()
    query.selectViewport().scrollOffset()
    query.selectViewport().boundingClientRect()
    const [node, viewport, rect] = await exec(query)
    expect(node).toEqual({ id: 'scroller', dataset: {}, scrollLeft: 0, scrollTop: 60, scrollWidth: 200, scrollHeight: 300 })
    expect(viewport).toMatchObject({ id: '', dataset: {}, scrollLeft: 0, scrollTop: 0 })
    expect(rect).toEqual({ id: '', dataset: {}, left: 0, top: 0, right: innerWidth, bottom: innerHeight, width: innerWidth, height: innerHeight })
  })

  it('fields: only what is asked, with properties, computed style and the node', async () => {
    const query = createSelectorQuery()
    query.select('#a').fields({ id: true, size: true, computedStyle: ['color', 'position'] })
    query.select('#field').fields({ properties: ['value', 'id'], node: true })
    const [a, field] = await exec(query) as Array<Record<string, unknown>>
    expect(a).toEqual({ id: 'a', width: 100, height: 50, color: 'rgb(255, 0, 0)', position: 'absolute' })
    expect(field).toEqual({ value: 'typed', id: 'field', node: document.getElementById('field') })
  })

  it('in(component) scopes the query; >>> reaches into it', async () => {
    const comp = document.getElementById('comp')!
    const query = createSelectorQuery().in({ $el: comp })
    query.selectAll('p').fields({ id: true })
    query.select('#a').fields({ id: true })
    const [inside, outside] = await exec(query)
    expect(inside).toEqual([{ id: 'inside' }])
    expect(outside).toBeNull()
    const deep = createSelectorQuery()
    deep.select('#comp >>> .inner').fields({ id: true })
    expect(await exec(deep)).toEqual([{ id: 'inside' }])
  })

  it('node() gives the element', async () => {
    const query = createSelectorQuery()
    query.select('#a').node()
    expect(await exec(query)).toEqual([{ node: document.getElementById('a') }])
  })
})

describe('nextTick', () => {
  it('runs after the current synchronous work, before timers', async () => {
    const order: string[] = []
    setTimeout(() => order.push('timeout'))
    nextTick(() => order.push('tick'))
    order.push('sync')
    await new Promise(resolve => setTimeout(resolve))
    expect(order).toEqual(['sync', 'tick', 'timeout'])
  })

  it('throws the wx parameter error for a non-function', () => {
    expect(() => nextTick(1 as never)).toThrow('nextTick:fail parameter error: parameter.callback should be Function instead of Number;')
  })
})
