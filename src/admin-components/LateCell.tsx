'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import styles from './views.module.css'

/** The « En retard » column of the repairs list: a red badge with the reason on hover. */
export function LateCell({ cellData, rowData }: DefaultCellComponentProps) {
  if (!cellData) return <span>—</span>
  return (
    <span className={styles.badge} title={String(rowData?.lateReasons ?? '')}>
      En retard
    </span>
  )
}
