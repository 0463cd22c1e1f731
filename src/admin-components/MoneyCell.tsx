'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import { formatEuros } from '../domain/money'

/** An amount in cents, in a list column, as the shop reads it: « 49,00 € ». */
export function MoneyCell({ cellData }: DefaultCellComponentProps) {
  return <span>{typeof cellData === 'number' ? formatEuros(cellData) : '—'}</span>
}
