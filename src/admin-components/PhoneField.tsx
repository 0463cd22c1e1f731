'use client'
import type { TextFieldClientProps } from 'payload'

import { TextInput, useField } from '@payloadcms/ui'
import React from 'react'

import { displayPhone } from '../domain/phone'

/**
 * A phone number shown as people read it (« 04 72 46 00 04 ») rather than as stored
 * (« +33472460004 »). Only the display changes: the form keeps the stored value until someone
 * types, and the server normalises what is typed on save. (Rewriting the form's value on mount
 * loses the race with the form's own initialisation.)
 */
export function PhoneField({ field, path, readOnly }: TextFieldClientProps) {
  const { value, setValue, showError, disabled, customComponents } = useField<string>({
    potentiallyStalePath: path,
  })
  const stored = typeof value === 'string' ? value : ''
  const shown = /^\+\d+$/.test(stored) ? displayPhone(stored) || stored : stored
  return (
    <TextInput
      path={path}
      label={field.label}
      required={field.required}
      readOnly={readOnly || disabled}
      showError={showError}
      Error={customComponents?.Error}
      Description={customComponents?.Description}
      description={field.admin?.description}
      placeholder={field.admin?.placeholder ?? '06 12 34 56 78'}
      htmlAttributes={{ autoComplete: 'tel' }}
      value={shown}
      onChange={(e: React.ChangeEvent<HTMLInputElement>) => setValue(e.target.value)}
    />
  )
}
