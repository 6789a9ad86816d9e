import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { label } from '../internal/ui-host'
import { type Field, PHONE, showForm } from './form'
import { ensurePrivacy } from './privacy'
import { readRecord, recordKey, updateRecord } from './store'

export interface AddressResult {
  userName: string
  postalCode: string
  provinceName: string
  cityName: string
  countyName: string
  streetName: string
  detailInfo: string
  detailInfoNew: string
  nationalCode: string
  telNumber: string
}

function fields(): Field[] {
  const t = (key: string, zh: string, en: string): string => label(`open.address.${key}`, { 'zh-CN': zh, en })
  return [
    { name: 'userName', label: t('userName', '收货人', 'Recipient'), required: true, autocomplete: 'name' },
    { name: 'telNumber', label: t('telNumber', '手机号码', 'Phone number'), required: true, pattern: PHONE, invalid: t('telInvalid', '请填写正确的手机号码', 'Enter a valid phone number'), inputMode: 'tel', autocomplete: 'tel' },
    { name: 'provinceName', label: t('provinceName', '省份', 'Province'), required: true, autocomplete: 'address-level1' },
    { name: 'cityName', label: t('cityName', '城市', 'City'), required: true, autocomplete: 'address-level2' },
    { name: 'countyName', label: t('countyName', '区县', 'District'), required: true, autocomplete: 'address-level3' },
    { name: 'streetName', label: t('streetName', '街道', 'Street'), autocomplete: 'address-level4' },
    { name: 'detailInfoNew', label: t('detailInfo', '详细地址', 'Detailed address'), required: true, autocomplete: 'street-address' },
    { name: 'postalCode', label: t('postalCode', '邮政编码', 'Postal code'), pattern: /^\d{6}$/, invalid: t('postalInvalid', '邮政编码为 6 位数字', 'Postal code has 6 digits'), inputMode: 'numeric', autocomplete: 'postal-code' },
  ]
}

/**
 * wx.chooseAddress: an address form, prefilled with the last address this user entered.
 * `detailInfo` is the street followed by the detailed address, as WeChat reports it;
 * `nationalCode` (the administrative-division code) stays '' because the form has no
 * division database to look it up.
 */
export const chooseAddress = /* @__PURE__ */ defineAsync<object, AddressResult>('chooseAddress', async () => {
  await ensurePrivacy('chooseAddress')
  const key = recordKey()
  const values = await showForm(label('open.address.title', { 'zh-CN': '收货地址', 'en': 'Shipping address' }), fields(), readRecord(key).address ?? {})
  if (!values) throw fail('cancel')
  updateRecord((record) => {
    record.address = values
  }, key)
  return {
    userName: values.userName,
    postalCode: values.postalCode,
    provinceName: values.provinceName,
    cityName: values.cityName,
    countyName: values.countyName,
    streetName: values.streetName,
    detailInfo: values.streetName + values.detailInfoNew,
    detailInfoNew: values.detailInfoNew,
    nationalCode: '',
    telNumber: values.telNumber,
  }
})
