'use client'
import type { NumberFieldClientComponent } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import { formatVatRate, VAT_RATES } from '../domain/money'

/** A VAT rate picked among France's (« 20 % », « 5,5 % »…), stored in basis points. */
export const VatRateField: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const name = path ?? field.name
  const { value, setValue } = useField<number | null>({ path: name })
  const rates: number[] = [...VAT_RATES]
  if (typeof value === 'number' && !rates.includes(value)) rates.push(value)
  return (
    <div className="field-type" style={{ flex: 1 }}>
      <FieldLabel htmlFor={`field-${name}`} label={field.label} required={field.required} />
      <select
        id={`field-${name}`}
        value={value ?? ''}
        disabled={readOnly || field.admin?.readOnly}
        onChange={(event) =>
          setValue(event.target.value === '' ? null : Number(event.target.value))
        }
        style={{
          width: '100%',
          padding: '8px 10px',
          borderRadius: 4,
          border: '1px solid var(--theme-elevation-150)',
          background: 'var(--theme-input-bg)',
          color: 'var(--theme-text)',
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
