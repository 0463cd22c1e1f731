'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { displayPhone } from '../domain/phone'

/** A phone column as the counter reads it: « 06 45 12 78 90 », not the stored « +33645127890 ». */
export function PhoneCell({ cellData }: DefaultCellComponentProps) {
  const shown = typeof cellData === 'string' ? displayPhone(cellData) : ''
  return <span style={{ whiteSpace: 'nowrap' }}>{shown || '—'}</span>
}
