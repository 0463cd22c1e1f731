'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { formatAmount } from '../domain/money'

/** An amount in cents, in a list column, as the shop reads it: « 49,00 € ». */
export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatAmount(cellData) : '—'}</span>
}
