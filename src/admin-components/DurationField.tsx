'use client'
import type { NumberFieldClientComponent } from 'payload'

import { FieldLabel, useField } from '@payloadcms/ui'
import React from 'react'

import { formatDuration } from '../domain/durations'

/** A duration the system measures (stored in seconds), shown read-only as « 2 j 4 h ». */
export const DurationField: NumberFieldClientComponent = ({ field, path }) => {
  const name = path ?? field.name
  const { value } = useField<number | null>({ path: name })
  return (
    <div className="field-type" style={{ flex: 1 }}>
      <FieldLabel label={field.label} />
      <div style={{ padding: '8px 0' }}>{formatDuration(value) || '—'}</div>
    </div>
  )
}
