'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { formatVatRate } from '../domain/money'

/** A VAT column: « 20 % », not the stored 2000. */
export function VatRateCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatVatRate(cellData) : '—'}</span>
}
