'use client'
import type { TextFieldClientProps } from 'payload'

import { SelectInput, useField } from '@payloadcms/ui'
import React from 'react'

import { countryOptions } from '../domain/countries'

/** The country of an address picked by its French name, stored as its ISO code (« FR »). */
export function CountryField({ field, path, readOnly }: TextFieldClientProps) {
  const { value, setValue } = useField<string>({ path })
  return (
    <SelectInput
      path={path}
      name={field.name}
      label={field.label}
      options={countryOptions(value)}
      value={value ?? ''}
      readOnly={readOnly}
      isClearable={false}
      onChange={(option) => {
        const chosen = Array.isArray(option) ? option[0] : option
        setValue((chosen as { value?: string } | null)?.value ?? null)
      }}
    />
  )
}
