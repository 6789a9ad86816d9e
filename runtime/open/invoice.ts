import { defineAsync } from '../internal/define'
import { fail } from '../internal/fail'
import { label } from '../internal/ui-host'
import { type Field, PHONE, showForm } from './form'
import { ensurePrivacy } from './privacy'
import { readRecord, recordKey, updateRecord } from './store'

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

const company = (v: Record<string, string>): boolean => v.type === '0'

function fields(): Field[] {
  const t = (key: string, zh: string, en: string): string => label(`open.invoice.${key}`, { 'zh-CN': zh, en })
  return [
    { name: 'type', label: t('type', '抬头类型', 'Title type'), options: [['0', t('company', '单位', 'Company')], ['1', t('individual', '个人', 'Individual')]] },
    { name: 'title', label: t('title', '抬头名称', 'Title'), required: true, autocomplete: 'organization' },
    // Unified social credit code (18) or the older 15/20-character taxpayer numbers.
    { name: 'taxNumber', label: t('taxNumber', '税号', 'Tax number'), required: true, when: company, pattern: /^(?:[0-9A-Z]{15}|[0-9A-Z]{18}|[0-9A-Z]{20})$/, invalid: t('taxInvalid', '请填写正确的税号', 'Enter a valid tax number') },
    { name: 'companyAddress', label: t('companyAddress', '单位地址', 'Company address'), when: company },
    { name: 'telephone', label: t('telephone', '电话号码', 'Telephone'), when: company, pattern: PHONE, invalid: t('telInvalid', '请填写正确的电话号码', 'Enter a valid phone number'), inputMode: 'tel' },
    { name: 'bankName', label: t('bankName', '开户银行', 'Bank'), when: company },
    { name: 'bankAccount', label: t('bankAccount', '银行账号', 'Bank account'), when: company, pattern: /^\d{8,30}$/, invalid: t('bankInvalid', '请填写正确的银行账号', 'Enter a valid account number'), inputMode: 'numeric' },
  ]
}

/** wx.chooseInvoiceTitle: an invoice-title form, prefilled with the last title this user entered. */
export const chooseInvoiceTitle = /* @__PURE__ */ defineAsync<object, InvoiceTitleResult>('chooseInvoiceTitle', async () => {
  await ensurePrivacy('chooseInvoiceTitle')
  const key = recordKey()
  const values = await showForm(label('open.invoice.heading', { 'zh-CN': '发票抬头', 'en': 'Invoice title' }), fields(), readRecord(key).invoiceTitle ?? {})
  if (!values) throw fail('cancel')
  updateRecord((record) => {
    record.invoiceTitle = values
  }, key)
  return {
    type: values.type === '1' ? 1 : 0,
    title: values.title,
    taxNumber: values.taxNumber,
    companyAddress: values.companyAddress,
    telephone: values.telephone,
    bankName: values.bankName,
    bankAccount: values.bankAccount,
  }
})

// wx.chooseInvoice is deliberately not implemented: it picks invoices from the user's WeChat
// card package, which a browser does not have. Unimplemented, canIUse('chooseInvoice') is
// false and the transform's call-site stub fails it `chooseInvoice:fail not supported`.
