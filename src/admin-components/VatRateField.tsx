'use client'
import type { NumberFieldClientComponent } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import { formatVatRate, VAT_RATES } from '../domain/money'

/** A VAT rate picked among France's (« 20 % », « 5,5 % »…), stored in basis points. */
export const VatRateField: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const name = path ?? field.name
  const { value, setValue, disabled } = useField<number | null>({ path: name })
  const locked = Boolean(readOnly || disabled || field.admin?.readOnly)
  const rates: number[] = [...VAT_RATES]
  if (typeof value === 'number' && !rates.includes(value)) rates.push(value)
  return (
    <div className="field-type" style={{ flex: 1 }}>
      <FieldLabel htmlFor={`field-${name}`} label={field.label} required={field.required} />
      <select
        id={`field-${name}`}
        value={value ?? ''}
        disabled={locked}
        onChange={(event) =>
          setValue(event.target.value === '' ? null : Number(event.target.value))
        }
        style={{
          width: '100%',
          padding: '8px 10px',
          borderRadius: 4,
          border: '1px solid var(--theme-elevation-150)',
          // As Payload's own read-only inputs: greyed, so nobody tries to change it.
          background: locked ? 'var(--theme-elevation-100)' : 'var(--theme-input-bg)',
          color: locked ? 'var(--theme-elevation-400)' : 'var(--theme-text)',
          height: 40,
        }}
      >
        {rates.map((rate) => (
          <option key={rate} value={rate}>
            {formatVatRate(rate)}
          </option>
        ))}
      </select>
    </div>
  )
}
