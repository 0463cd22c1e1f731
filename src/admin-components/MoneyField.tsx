'use client'
import type { NumberFieldClientComponent } from 'payload'

import { TextInput, useField } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { formatEuros, parseEuros } from '../domain/money'

/** A price typed and shown in euros (« 89,90 »), stored as integer cents. */
export const MoneyField: NumberFieldClientComponent = ({ field, path, readOnly }) => {
  const { value, setValue, showError } = useField<number | null>({ path: path ?? field.name })
  const [text, setText] = useState(formatEuros(value))
  const [invalid, setInvalid] = useState(false)

  useEffect(() => {
    if (parseEuros(text) !== value) setText(formatEuros(value))
    // Only outside changes (load, reset) rewrite the text; typing keeps what was typed.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [value])

  return (
    <TextInput
      path={path ?? field.name}
      label={field.label}
      required={field.required}
      readOnly={readOnly || field.admin?.readOnly}
      description={
        invalid ? 'Montant invalide : écrivez par exemple 89,90.' : field.admin?.description
      }
      showError={showError || invalid}
      placeholder="0,00"
      value={text}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        const next = event.target.value
        setText(next)
        const cents = parseEuros(next)
        setInvalid(Number.isNaN(cents))
        if (!Number.isNaN(cents)) setValue(cents)
      }}
    />
  )
}
