import { defineForm, PHONE } from './form'
import { text } from './text'

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

const t = (key: string, zh: string, en: string): string => text(`address.${key}`, zh, en)

/**
 * wx.chooseAddress: an address form, prefilled with the last address this user entered.
 * `detailInfo` is the street followed by the detailed address, as WeChat reports it;
 * `nationalCode` (the administrative-division code) stays '' because the form has no
 * division database to look it up.
 */
export const chooseAddress = /* @__PURE__ */ defineForm('chooseAddress', 'address', () => [t('title', '收货地址', 'Shipping address'), [
  { name: 'userName', label: t('userName', '收货人', 'Recipient'), input: { required: true, autocomplete: 'name' } },
  { name: 'telNumber', label: t('telNumber', '手机号码', 'Phone number'), pattern: PHONE, invalid: t('telInvalid', '请填写正确的手机号码', 'Enter a valid phone number'), input: { required: true, inputMode: 'tel', autocomplete: 'tel' } },
  { name: 'provinceName', label: t('provinceName', '省份', 'Province'), input: { required: true, autocomplete: 'address-level1' } },
  { name: 'cityName', label: t('cityName', '城市', 'City'), input: { required: true, autocomplete: 'address-level2' } },
  { name: 'countyName', label: t('countyName', '区县', 'District'), input: { required: true, autocomplete: 'address-level3' } },
  { name: 'streetName', label: t('streetName', '街道', 'Street'), input: { autocomplete: 'address-level4' } },
  { name: 'detailInfoNew', label: t('detailInfo', '详细地址', 'Detailed address'), input: { required: true, autocomplete: 'street-address' } },
  { name: 'postalCode', label: t('postalCode', '邮政编码', 'Postal code'), pattern: /^\d{6}$/, invalid: t('postalInvalid', '邮政编码为 6 位数字', 'Postal code has 6 digits'), input: { inputMode: 'numeric', autocomplete: 'postal-code' } },
]], (values): AddressResult => ({
  ...values as Omit<AddressResult, 'detailInfo' | 'nationalCode'>,
  detailInfo: values.streetName + values.detailInfoNew,
  nationalCode: '',
}))
