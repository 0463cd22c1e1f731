'use client'
import type { TextFieldClientProps } from 'payload'

import { TextField, useField } from '@payloadcms/ui'
import React, { useEffect } from 'react'

import { displayPhone } from '../domain/phone'

/**
 * A phone number shown as people read it (« 04 72 46 00 04 ») rather than as stored
 * (« +33472460004 »); what is typed is normalised by the server on save.
 */
export function PhoneField(props: TextFieldClientProps) {
  const { value, initialValue, setValue } = useField<string>({ path: props.path })
  const saved = initialValue as string | undefined

  useEffect(() => {
    if (typeof value !== 'string' || value !== saved || !/^\+\d+$/.test(value)) return
    const shown = displayPhone(value)
    // Not a change of the form: leaving the page asks nothing.
    if (shown && shown !== value) setValue(shown, true)
  }, [value, saved, setValue])

  return <TextField {...props} />
}
