'use client'
import type { DefaultCellComponentProps } from 'payload'

import React from 'react'

import styles from './views.module.css'

type Props = DefaultCellComponentProps & { yes?: string; no?: string; tone?: 'alert' | 'ok' }

/**
 * A yes/no column as a word: a badge saying what « yes » means (« Stock bas »), and a dash
 * (or the word for « no ») otherwise. The words come from the field's `clientProps`.
 */
export function FlagCell({ cellData, yes = 'Oui', no, tone = 'alert' }: Props) {
  if (!cellData) return <span className={styles.muted}>{no ?? '—'}</span>
  return <span className={tone === 'ok' ? styles.badgeOk : styles.badge}>{yes}</span>
}
