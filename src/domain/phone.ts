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
