'use client'
import React, { useState } from 'react'

import { formatEuros } from '../domain/money'
import styles from './views.module.css'

/** Amount (the rest proposed), method and reference of a payment at the counter. */
export function InvoicePaymentForm({
  left,
  methods,
  onSubmit,
  onCancel,
}: {
  left: number
  methods: Record<string, { fr: string }>
  onSubmit: (body: { amount: string; method: string; reference: string }) => Promise<void>
  onCancel: () => void
}) {
  const [amount, setAmount] = useState(formatEuros(left))
  const [method, setMethod] = useState('especes')
  const [reference, setReference] = useState('')
  const [busy, setBusy] = useState(false)
  return (
    <div className={styles.section} data-testid="invoice-payment">
      <strong>Paiement reçu</strong>
      <div className={styles.grid}>
        <div className={styles.field}>
          <label htmlFor="pay-amount">Montant (€)</label>
          <input
            id="pay-amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </div>
        <div className={styles.field}>
          <label htmlFor="pay-method">Moyen de paiement</label>
          <select id="pay-method" value={method} onChange={(e) => setMethod(e.target.value)}>
            {Object.entries(methods)
              .filter(([value]) => value !== 'stripe')
              .map(([value, label]) => (
                <option key={value} value={value}>
                  {label.fr}
                </option>
              ))}
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor="pay-reference">Référence (n° de chèque…)</label>
          <input
            id="pay-reference"
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </div>
      </div>
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.button}
          disabled={busy}
          onClick={async () => {
            setBusy(true)
            await onSubmit({ amount, method, reference })
            setBusy(false)
          }}
        >
          {busy ? 'Enregistrement…' : 'Enregistrer le paiement'}
        </button>
        <button type="button" className={styles.buttonSecondary} disabled={busy} onClick={onCancel}>
          Annuler
        </button>
      </div>
    </div>
  )
}
