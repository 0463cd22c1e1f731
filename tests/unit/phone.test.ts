import { describe, expect, it } from 'vitest'

import { displayPhone, normalisePhone, phoneSearchForm } from '../../src/domain/phone'
import { caught } from '../helpers/domain'
import { httpStatusOf } from '../../src/http/domainStatus'

const failure = (input: string) =>
  caught(() => normalisePhone(input), `expected « ${input} » to be refused`)

describe('normalisePhone — French numbers', () => {
  it.each([
    '06 12 34 56 78',
    '06.12.34.56.78',
    '06-12-34-56-78',
    '0612345678',
    '+33 6 12 34 56 78',
    '+33 (0)6 12 34 56 78',
    '0033612345678',
    '00 33 6 12 34 56 78',
    '  06 12 34 56 78  ',
  ])('normalises « %s » to +33612345678', (input) => {
    expect(normalisePhone(input)).toBe('+33612345678')
  })

  it('normalises a landline', () => {
    expect(normalisePhone('01 23 45 67 89')).toBe('+33123456789')
  })

  it('tolerates the trunk zero typed after +33', () => {
    expect(normalisePhone('+33 06 12 34 56 78')).toBe('+33612345678')
  })

  it('refuses 9 digits', () => {
    expect(failure('06 12 34 56 7').code).toBe('invalid_phone')
  })

  it('refuses 11 digits', () => {
    expect(failure('06 12 34 56 789').code).toBe('invalid_phone')
  })

  it('refuses 00 followed by a national number that is not international', () => {
    expect(failure('00 12 34 56').code).toBe('invalid_phone')
  })

  it('refuses a national number not starting with 0', () => {
    expect(failure('6 12 34 56 78').code).toBe('invalid_phone')
  })

  it('refuses +33 followed by a short number', () => {
    expect(failure('+33 6 12 34').code).toBe('invalid_phone')
  })

  it('refuses letters', () => {
    expect(failure('06 12 34 56 7a').code).toBe('invalid_phone')
  })
})

describe('normalisePhone — international numbers', () => {
  it('keeps a Belgian mobile', () => {
    expect(normalisePhone('+32 470 12 34 56')).toBe('+32470123456')
  })

  it('turns the 00 prefix into +', () => {
    expect(normalisePhone('0044 20 7946 0958')).toBe('+442079460958')
  })

  it('accepts 8 digits', () => {
    expect(normalisePhone('+12345678')).toBe('+12345678')
  })

  it('refuses 7 digits', () => {
    expect(failure('+1234567').code).toBe('invalid_phone')
  })

  it('accepts 15 digits', () => {
    expect(normalisePhone('+123456789012345')).toBe('+123456789012345')
  })

  it('refuses 16 digits', () => {
    expect(failure('+1234567890123456').code).toBe('invalid_phone')
  })

  it('refuses a country code starting with 0', () => {
    expect(failure('+0612345678').code).toBe('invalid_phone')
  })
})

describe('normalisePhone — errors', () => {
  it('names the number and explains the expected formats', () => {
    const error = failure('12')
    expect(error.field).toBe('phone')
    expect(httpStatusOf(error.code)).toBe(400)
    expect(error.message).toBe(
      "Le numéro de téléphone « 12 » n'est pas valide : saisissez un numéro français à 10 chiffres (06 12 34 56 78) ou international (+32 …).",
    )
  })

  it('refuses an empty string', () => {
    expect(failure('').code).toBe('invalid_phone')
  })

  it('refuses whitespace only', () => {
    const error = failure('   ')
    expect(error.code).toBe('invalid_phone')
    expect(error.field).toBe('phone')
  })
})

describe('displayPhone', () => {
  it('shows a French number in its national form, in pairs', () => {
    expect(displayPhone('+33645127890')).toBe('06 45 12 78 90')
    expect(displayPhone('+33145127890')).toBe('01 45 12 78 90')
  })
  it('sets the country code apart for other countries, whatever its length', () => {
    expect(displayPhone('+32470123456')).toBe('+32 470123456')
    expect(displayPhone('+14155552671')).toBe('+1 4155552671')
    expect(displayPhone('+352621123456')).toBe('+352 621123456')
    expect(displayPhone('+212612345678')).toBe('+212 612345678')
  })
  it('leaves what is not E.164 as it is, and nothing as nothing', () => {
    expect(displayPhone('0645127890')).toBe('0645127890')
    expect(displayPhone(null)).toBe('')
  })
})

describe('phoneSearchForm', () => {
  it('turns a French number typed any usual way, whole or begun, into its E.164 form', () => {
    expect(phoneSearchForm('0645127890')).toBe('+33645127890')
    expect(phoneSearchForm('06 45 12 78 90')).toBe('+33645127890')
    expect(phoneSearchForm('06.45.12')).toBe('+3364512')
    expect(phoneSearchForm('0033 6 45 12 78 90')).toBe('+33645127890')
    expect(phoneSearchForm('+33 6 45 12 78 90')).toBe('+33645127890')
  })
  it('leaves words, and numbers already written as stored, alone', () => {
    expect(phoneSearchForm('Durand')).toBeNull()
    expect(phoneSearchForm('+33645127890')).toBeNull()
    expect(phoneSearchForm('R-2026-000012')).toBeNull()
  })
})
