import { defineForm, PHONE } from './form'

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

/**
 * wx.chooseAddress: an address form, prefilled with the last address this user entered.
 * `detailInfo` is the street followed by the detailed address, as WeChat reports it;
 * `nationalCode` (the administrative-division code) stays '' because the form has no
 * division database to look it up.
 */
export const chooseAddress = /* @__PURE__ */ defineForm('chooseAddress', 'address', 'address', ['title', '收货地址', 'Shipping address'], [
  { name: 'userName', zh: '收货人', en: 'Recipient', required: true, autocomplete: 'name' },
  { name: 'telNumber', zh: '手机号码', en: 'Phone number', required: true, inputMode: 'tel', autocomplete: 'tel', pattern: [PHONE, 'telInvalid', '请填写正确的手机号码', 'Enter a valid phone number'] },
  { name: 'provinceName', zh: '省份', en: 'Province', required: true, autocomplete: 'address-level1' },
  { name: 'cityName', zh: '城市', en: 'City', required: true, autocomplete: 'address-level2' },
  { name: 'countyName', zh: '区县', en: 'District', required: true, autocomplete: 'address-level3' },
  { name: 'streetName', zh: '街道', en: 'Street', autocomplete: 'address-level4' },
  { name: 'detailInfoNew', key: 'detailInfo', zh: '详细地址', en: 'Detailed address', required: true, autocomplete: 'street-address' },
  { name: 'postalCode', zh: '邮政编码', en: 'Postal code', inputMode: 'numeric', autocomplete: 'postal-code', pattern: [/^\d{6}$/, 'postalInvalid', '邮政编码为 6 位数字', 'Postal code has 6 digits'] },
], (values): AddressResult => ({
  ...values as Omit<AddressResult, 'detailInfo' | 'nationalCode'>,
  detailInfo: values.streetName + values.detailInfoNew,
  nationalCode: '',
}))
