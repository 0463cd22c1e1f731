'use client'
import { useDocumentInfo } from '@payloadcms/ui'
import React from 'react'

import { PAYMENT_METHOD_LABELS, type PaymentMethod } from '../domain/invoices'
import { formatAmount, formatVatRate } from '../domain/money'
import styles from './views.module.css'

type MethodRow = { method: PaymentMethod; amount: number; count: number }
type RateRow = { rate: number; ht: number; vat: number; ttc: number }

/** A closing as the accountant reads it: the money per payment method, the VAT per rate. */
export function ClosingSummary() {
  const { savedDocumentData: doc } = useDocumentInfo()
  if (!doc) return null
  const methods = ((doc.byMethod ?? []) as MethodRow[]).filter((m) => m.count > 0 || m.amount)
  const rates = (doc.byRate ?? []) as RateRow[]
  return (
    <div className={styles.section} data-testid="closing-summary">
      <strong>Encaissements par moyen de paiement</strong>
      {methods.length ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>Moyen</th>
              <th className={styles.amount}>Montant net</th>
              <th className={styles.amount}>Mouvements</th>
            </tr>
          </thead>
          <tbody>
            {methods.map((m) => (
              <tr key={m.method}>
                <td>{PAYMENT_METHOD_LABELS[m.method]?.fr ?? m.method}</td>
                <td className={styles.amount}>{formatAmount(m.amount)}</td>
                <td className={styles.amount}>{m.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.hint}>Aucun encaissement sur la période.</p>
      )}
      <strong>Facturé par taux de TVA (avoirs déduits)</strong>
      {rates.length ? (
        <table className={styles.table}>
          <thead>
            <tr>
              <th>Taux</th>
              <th className={styles.amount}>HT</th>
              <th className={styles.amount}>TVA</th>
              <th className={styles.amount}>TTC</th>
            </tr>
          </thead>
          <tbody>
            {rates.map((r) => (
              <tr key={r.rate}>
                <td>{formatVatRate(r.rate)}</td>
                <td className={styles.amount}>{formatAmount(r.ht)}</td>
                <td className={styles.amount}>{formatAmount(r.vat)}</td>
                <td className={styles.amount}>{formatAmount(r.ttc)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className={styles.hint}>Aucune facture ni aucun avoir sur la période.</p>
      )}
    </div>
  )
}
