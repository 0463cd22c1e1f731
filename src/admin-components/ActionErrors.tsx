'use client'
import React from 'react'

import styles from './views.module.css'

/** A refusal of an action bar, each French message as the server wrote it, one per line. */
export function ActionErrors({ errors, testId }: { errors: string[] | null; testId: string }) {
  if (!errors?.length) return null
  return (
    <div className={styles.error} role="alert" data-testid={testId}>
      {errors.map((m) => (
        <p key={m} style={{ margin: 0 }}>
          {m}
        </p>
      ))}
    </div>
  )
}
