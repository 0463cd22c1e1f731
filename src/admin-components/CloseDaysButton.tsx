'use client'
import React, { useState } from 'react'

import { postOrderAction } from './purchaseOrderApi'
import { ActionErrors } from './ActionErrors'
import styles from './views.module.css'

/** « Clôturer jusqu'à hier »: the days not closed yet, at once (the nightly task does the same). */
export function CloseDaysButton() {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string | null>(null)
  const [errors, setErrors] = useState<string[] | null>(null)
  return (
    <div>
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.buttonSecondary}
          disabled={busy}
          onClick={async () => {
            setBusy(true)
            setErrors(null)
            const result = await postOrderAction('/api/closings/close', { level: 'jour' })
            setBusy(false)
            if (result.ok) {
              setMessage(result.message)
              window.setTimeout(() => window.location.reload(), 1200)
            } else setErrors(result.errors)
          }}
        >
          {busy ? 'Clôture…' : 'Clôturer jusqu’à hier'}
        </button>
      </div>
      {message ? <p className={styles.success}>{message}</p> : null}
      <ActionErrors errors={errors} testId="close-days-error" />
    </div>
  )
}
