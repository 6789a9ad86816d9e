import { defineForm, PHONE, type Values } from './form'

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

const company = (values: Values): boolean => values.type === '0'

/** wx.chooseInvoiceTitle: an invoice-title form, prefilled with the last title this user entered. */
export const chooseInvoiceTitle = /* @__PURE__ */ defineForm('chooseInvoiceTitle', 'invoiceTitle', 'invoice', ['heading', '发票抬头', 'Invoice title'], [
  { name: 'type', zh: '抬头类型', en: 'Title type', options: [['0', 'company', '单位', 'Company'], ['1', 'individual', '个人', 'Individual']] },
  { name: 'title', zh: '抬头名称', en: 'Title', required: true, autocomplete: 'organization' },
  // Unified social credit code (18) or the older 15/20-character taxpayer numbers.
  { name: 'taxNumber', zh: '税号', en: 'Tax number', when: company, required: true, pattern: [/^(?:[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$/, 'taxInvalid', '请填写正确的税号', 'Enter a valid tax number'] },
  { name: 'companyAddress', zh: '单位地址', en: 'Company address', when: company },
  { name: 'telephone', zh: '电话号码', en: 'Telephone', when: company, inputMode: 'tel', pattern: [PHONE, 'telInvalid', '请填写正确的电话号码', 'Enter a valid phone number'] },
  { name: 'bankName', zh: '开户银行', en: 'Bank', when: company },
  { name: 'bankAccount', zh: '银行账号', en: 'Bank account', when: company, inputMode: 'numeric', pattern: [/^\d{8,30}$/, 'bankInvalid', '请填写正确的银行账号', 'Enter a valid account number'] },
], (values): InvoiceTitleResult => ({ ...values as Omit<InvoiceTitleResult, 'type'>, type: values.type === '1' ? 1 : 0 }))

// wx.chooseInvoice is deliberately not implemented: it picks invoices from the user's WeChat
// card package, which a browser does not have. Unimplemented, canIUse('chooseInvoice') is
// false and the transform's call-site stub fails it `chooseInvoice:fail not supported`.
