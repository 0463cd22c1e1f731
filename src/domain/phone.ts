/** Phone numbers are stored in E.164 so SMS sending and duplicate search see one form. */
import { DomainError } from './errors'

const HINT = 'saisissez un numéro français à 10 chiffres (06 12 34 56 78) ou international (+32 …).'

function invalid(input: string): DomainError {
  return new DomainError(
    'invalid_phone',
    `Le numéro de téléphone « ${input} » n'est pas valide : ${HINT}`,
    {
      field: 'phone',
    },
  )
}

export function normalisePhone(input: string): string {
  const raw = typeof input === 'string' ? input.trim() : ''
  if (!raw) {
    throw new DomainError('invalid_phone', `Le numéro de téléphone est vide : ${HINT}`, {
      field: 'phone',
    })
  }

  // '(0)' is the French habit of showing the trunk zero next to the country code.
  let s = raw.replace(/\(0\)/g, '').replace(/[\s.\-/()]/g, '')
  if (s.startsWith('00')) s = `+${s.slice(2)}`

  if (s.startsWith('+33')) {
    let national = s.slice(3)
    // '+33 06…' is a common mistake; the trunk zero is unambiguous here.
    if (national.length === 10 && national.startsWith('0')) national = national.slice(1)
    if (/^[1-9]\d{8}$/.test(national)) return `+33${national}`
    throw invalid(raw)
  }
  if (s.startsWith('+')) {
    if (/^\+[1-9]\d{7,14}$/.test(s)) return s
    throw invalid(raw)
  }
  if (/^0[1-9]\d{8}$/.test(s)) return `+33${s.slice(1)}`
  throw invalid(raw)
}

/**
 * A stored E.164 number as people read it: French numbers in the national form in pairs
 * (« 06 45 12 78 90 »), others with their country code apart (« +32 470123456 »).
 */
export function displayPhone(e164: string | null | undefined): string {
  if (!e164) return ''
  const french = /^\+33([1-9]\d{8})$/.exec(e164)
  if (french) return `0${french[1]}`.replace(/(\d{2})(?=\d)/g, '$1 ')
  const digits = /^\+(\d{8,15})$/.exec(e164)?.[1]
  if (!digits) return e164
  const length = callingCodeLength(digits)
  return `+${digits.slice(0, length)} ${digits.slice(length)}`
}

/** ITU calling codes: 1 and 7 alone, three digits in these ranges, two digits elsewhere. */
const THREE_DIGIT_CODES = /^(2[1-69]|3[578]|42|5[09]|6[789]|8[578]|9[679])/

function callingCodeLength(digits: string): number {
  if (digits.startsWith('1') || digits.startsWith('7')) return 1
  return THREE_DIGIT_CODES.test(digits) ? 3 : 2
}

/**
 * What a search typed as a French phone number (« 06 45 12 », « 0645127890 », « 0033 6… »)
 * matches in stored E.164 numbers: « +33645 12… ». Null when the text is not a number.
 */
export function phoneSearchForm(text: string): string | null {
  const compact = text.replace(/[\s.\-/()]/g, '')
  if (/^0[1-9]\d{0,8}$/.test(compact)) return `+33${compact.slice(1)}`
  if (/^0033\d{1,9}$/.test(compact)) return `+33${compact.slice(4)}`
  if (/^\+\d{2,15}$/.test(compact) && compact !== text) return compact
  return null
}
