import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { configure } from '../../../runtime/internal/config'
import { canIUse } from '../../../runtime/base/can-i-use'
import { IMPLEMENTED } from '../../../runtime/implemented'
import { unsupported } from '../../../runtime/internal/unsupported'
import * as open from '../../../runtime/open/index'
import { chooseAddress, chooseInvoiceTitle } from '../../../runtime/open/index'
import { click, dialog, resetOpen, settled, spies, waitDialog } from './helpers'

beforeEach(resetOpen)
afterEach(() => {
  expect(dialog()).toBeNull()
})

const input = (name: string) => dialog()!.querySelector<HTMLInputElement>(`input[name=${name}]`)!
const errorOf = (name: string) => dialog()!.querySelector(`#${input(name).getAttribute('aria-describedby')}`)!.textContent
const active = () => document.getElementById('wx-h5-ui')!.shadowRoot!.activeElement

async function fill(values: Record<string, string>): Promise<void> {
  for (const [name, value] of Object.entries(values)) await userEvent.fill(input(name), value)
}

const ADDRESS = { userName: '张三', telNumber: '13800138000', provinceName: '广东省', cityName: '广州市', countyName: '海珠区', streetName: '新港中路', detailInfoNew: '397号', postalCode: '510000' }

describe('chooseAddress', () => {
  it('is a labelled form; returns WeChat\'s fields and remembers the entry', async () => {
    const s = spies()
    chooseAddress(s)
    const d = await waitDialog()
    expect(d.querySelector('h2')!.textContent).toBe('收货地址')
    // Every input sits in its label, the first one has focus.
    expect([...d.querySelectorAll('input')].map(i => i.closest('label')!.firstChild!.textContent)).toEqual(['收货人', '手机号码', '省份', '城市', '区县', '街道', '详细地址', '邮政编码'])
    expect(active()).toBe(input('userName'))
    await fill(ADDRESS)
    await click('确定')
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    const expected = {
      errMsg: 'chooseAddress:ok',
      userName: '张三',
      postalCode: '510000',
      provinceName: '广东省',
      cityName: '广州市',
      countyName: '海珠区',
      streetName: '新港中路',
      detailInfo: '新港中路397号',
      detailInfoNew: '397号',
      nationalCode: '',
      telNumber: '13800138000',
    }
    expect(s.success).toHaveBeenCalledWith(expected)
    // Next time: prefilled, Enter confirms.
    const again = chooseAddress()
    await waitDialog()
    expect(input('telNumber').value).toBe('13800138000')
    expect(input('detailInfoNew').value).toBe('397号')
    await userEvent.keyboard('{Enter}')
    await expect(again).resolves.toEqual(expected)
  })

  it('validates required fields and the phone number, focusing the first problem', async () => {
    const result = chooseAddress()
    await waitDialog()
    await click('确定')
    expect(dialog()).not.toBeNull()
    expect(input('userName').getAttribute('aria-invalid')).toBe('true')
    expect(errorOf('userName')).toBe('请填写收货人')
    expect(errorOf('streetName')).toBe('')
    expect(input('streetName').getAttribute('aria-invalid')).toBe('false')
    expect(active()).toBe(input('userName'))
    await fill({ ...ADDRESS, telNumber: '12345', postalCode: '51' })
    await click('确定')
    expect(errorOf('userName')).toBe('')
    expect(errorOf('telNumber')).toBe('请填写正确的手机号码')
    expect(errorOf('postalCode')).toBe('邮政编码为 6 位数字')
    expect(active()).toBe(input('telNumber'))
    await fill({ telNumber: '020-12345678', postalCode: '' })
    await click('确定')
    await expect(result).resolves.toMatchObject({ errMsg: 'chooseAddress:ok', telNumber: '020-12345678', postalCode: '' })
  })

  it('cancel, Escape and the mask fail cancel; nothing is remembered', async () => {
    const s = spies()
    chooseAddress(s)
    await waitDialog()
    await fill({ userName: '李四' })
    await click('取消')
    await settled(s)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'chooseAddress:fail cancel' })
    const escaped = expect(chooseAddress()).rejects.toEqual({ errMsg: 'chooseAddress:fail cancel' })
    await waitDialog()
    expect(input('userName').value).toBe('')
    await userEvent.keyboard('{Escape}')
    await escaped
    const masked = expect(chooseAddress()).rejects.toEqual({ errMsg: 'chooseAddress:fail cancel' })
    await waitDialog()
    ;(dialog()!.parentElement as HTMLElement).click()
    await masked
  })

  it('keeps entries per user and speaks English when configured', async () => {
    const first = chooseAddress()
    await waitDialog()
    await fill(ADDRESS)
    await click('确定')
    await first
    configure({ userId: 'user2', locale: 'en' })
    const other = expect(chooseAddress()).rejects.toEqual({ errMsg: 'chooseAddress:fail cancel' })
    const d = await waitDialog()
    expect(d.querySelector('h2')!.textContent).toBe('Shipping address')
    expect(input('userName').value).toBe('')
    await click('Cancel')
    await other
  })

  it('keeps text as text', async () => {
    const result = chooseAddress()
    await waitDialog()
    await fill({ ...ADDRESS, userName: '<img src=x onerror="window.__xss=1">' })
    await click('确定')
    await expect(result).resolves.toMatchObject({ userName: '<img src=x onerror="window.__xss=1">' })
    expect((window as { __xss?: number }).__xss).toBeUndefined()
  })
})

describe('chooseInvoiceTitle', () => {
  const type = (value: '0' | '1') => dialog()!.querySelector<HTMLInputElement>(`input[type=radio][value="${value}"]`)!

  it('company titles need a valid tax number; the result has WeChat\'s fields', async () => {
    const s = spies()
    chooseInvoiceTitle(s)
    const d = await waitDialog()
    expect(d.querySelector('h2')!.textContent).toBe('发票抬头')
    expect(type('0').checked).toBe(true)
    expect(d.querySelector('[role=radiogroup]')!.getAttribute('aria-label')).toBe('抬头类型')
    await fill({ title: '某某科技有限公司', taxNumber: 'abc' })
    await click('确定')
    expect(errorOf('taxNumber')).toBe('请填写正确的税号')
    await fill({ taxNumber: '91440101MA59ABCDE1', companyAddress: '广州市天河区', telephone: '020-87654321', bankName: '某银行', bankAccount: '6222020200112233' })
    await click('确定')
    await settled(s)
    expect(s.calls).toEqual(['success', 'complete'])
    expect(s.success).toHaveBeenCalledWith({
      errMsg: 'chooseInvoiceTitle:ok',
      type: 0,
      title: '某某科技有限公司',
      taxNumber: '91440101MA59ABCDE1',
      companyAddress: '广州市天河区',
      telephone: '020-87654321',
      bankName: '某银行',
      bankAccount: '6222020200112233',
    })
  })

  it('individual titles need only the name; the company fields leave the form', async () => {
    const result = chooseInvoiceTitle()
    await waitDialog()
    await userEvent.click(type('1'))
    expect(input('taxNumber')).toBeNull()
    expect(dialog()!.querySelectorAll('input:not([type=radio])')).toHaveLength(1)
    await fill({ title: '张三' })
    await click('确定')
    await expect(result).resolves.toEqual({ errMsg: 'chooseInvoiceTitle:ok', type: 1, title: '张三', taxNumber: '', companyAddress: '', telephone: '', bankName: '', bankAccount: '' })
    // Remembered: the next form opens on "individual" with the name filled in.
    const again = expect(chooseInvoiceTitle()).rejects.toEqual({ errMsg: 'chooseInvoiceTitle:fail cancel' })
    await waitDialog()
    expect(type('1').checked).toBe(true)
    expect(input('title').value).toBe('张三')
    // The company fields stay out of a form that opens on "individual".
    expect(input('taxNumber')).toBeNull()
    await userEvent.keyboard('{Escape}')
    await again
  })
})

describe('chooseInvoice', () => {
  // It reads the user's WeChat card package, which a browser does not have: not implemented,
  // so feature checks see it missing and the transform's call-site stub fails it the wx way.
  it('is not implemented, and canIUse agrees', () => {
    expect('chooseInvoice' in open).toBe(false)
    expect(IMPLEMENTED.has('chooseInvoice')).toBe(false)
    expect(canIUse('chooseInvoice')).toBe(false)
    expect(canIUse('chooseInvoiceTitle')).toBe(IMPLEMENTED.has('chooseInvoiceTitle'))
  })

  it('the call-site stub fails chooseInvoice:fail not supported, callbacks once, Promise rejected', async () => {
    const chooseInvoice = unsupported('chooseInvoice') as (o?: object) => Promise<unknown> | undefined
    const s = spies()
    expect(chooseInvoice(s)).toBeUndefined()
    await settled(s)
    expect(s.calls).toEqual(['fail', 'complete'])
    expect(s.fail).toHaveBeenCalledWith({ errMsg: 'chooseInvoice:fail not supported' })
    await expect(chooseInvoice()).rejects.toEqual({ errMsg: 'chooseInvoice:fail not supported' })
    expect(dialog()).toBeNull()
  })
})
