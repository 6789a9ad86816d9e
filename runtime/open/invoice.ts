import { defineForm, PHONE, type Values } from './form'
import { text } from './text'

export interface InvoiceTitleResult {
  /** 0 company, 1 individual. */
  type: 0 | 1
  title: string
  taxNumber: string
  companyAddress: string
  telephone: string
  bankName: string
  bankAccount: string
}

const t = (key: string, zh: string, en: string): string => text(`invoice.${key}`, zh, en)
const company = (values: Values): boolean => values.type === '0'

/** wx.chooseInvoiceTitle: an invoice-title form, prefilled with the last title this user entered. */
export const chooseInvoiceTitle = /* @__PURE__ */ defineForm('chooseInvoiceTitle', 'invoiceTitle', () => [t('heading', '发票抬头', 'Invoice title'), [
  { name: 'type', label: t('type', '抬头类型', 'Title type'), options: [['0', t('company', '单位', 'Company')], ['1', t('individual', '个人', 'Individual')]] },
  { name: 'title', label: t('title', '抬头名称', 'Title'), input: { required: true, autocomplete: 'organization' } },
  // Unified social credit code (18) or the older 15/20-character taxpayer numbers.
  { name: 'taxNumber', label: t('taxNumber', '税号', 'Tax number'), when: company, pattern: /^(?:[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$/, invalid: t('taxInvalid', '请填写正确的税号', 'Enter a valid tax number'), input: { required: true } },
  { name: 'companyAddress', label: t('companyAddress', '单位地址', 'Company address'), when: company },
  { name: 'telephone', label: t('telephone', '电话号码', 'Telephone'), when: company, pattern: PHONE, invalid: t('telInvalid', '请填写正确的电话号码', 'Enter a valid phone number'), input: { inputMode: 'tel' } },
  { name: 'bankName', label: t('bankName', '开户银行', 'Bank'), when: company },
  { name: 'bankAccount', label: t('bankAccount', '银行账号', 'Bank account'), when: company, pattern: /^\d{8,30}$/, invalid: t('bankInvalid', '请填写正确的银行账号', 'Enter a valid account number'), input: { inputMode: 'numeric' } },
]], (values): InvoiceTitleResult => ({ ...values as Omit<InvoiceTitleResult, 'type'>, type: values.type === '1' ? 1 : 0 }))

// wx.chooseInvoice is deliberately not implemented: it picks invoices from the user's WeChat
// card package, which a browser does not have. Unimplemented, canIUse('chooseInvoice') is
// false and the transform's call-site stub fails it `chooseInvoice:fail not supported`.
