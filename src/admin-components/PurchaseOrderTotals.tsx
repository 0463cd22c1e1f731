'use client'
import { useDocumentInfo, useFormFields } from '@payloadcms/ui'
import React, { useMemo } from 'react'

import { idOf } from '../domain/ids'
import { formatEuros } from '../domain/money'
import { runningOrderTotals } from '../domain/purchaseOrders'
import { fieldPermitted, partLabel, useParts } from './purchaseOrderApi'
import styles from './views.module.css'

type FormLine = { part: number; quantity: unknown; unitCost: unknown }

const euros = (cents: number) => `${formatEuros(cents)} €`

/**
 * Under the lines: each line's amount and the order's total HT, as the lines are typed. For
 * roles that may see purchase costs only. A line whose unit cost is left empty gets the part's
 * purchase cost on save: shown so, marked.
 */
export function PurchaseOrderTotals() {
  const { docPermissions } = useDocumentInfo()
  // A string, so that the panel renders again only when the lines change.
  const serialised = useFormFields(([fields]) => {
    const rows = fields.lines?.rows?.length ?? 0
    const lines: FormLine[] = []
    for (let i = 0; i < rows; i++)
      lines.push({
        part: idOf(fields[`lines.${i}.part`]?.value),
        quantity: fields[`lines.${i}.quantity`]?.value,
        unitCost: fields[`lines.${i}.unitCost`]?.value,
      })
    return JSON.stringify(lines)
  })
  const lines = useMemo(() => JSON.parse(serialised) as FormLine[], [serialised])
  const allowed = fieldPermitted(docPermissions, 'lines.unitCost', 'read')
  const parts = useParts(allowed ? lines.map((l) => l.part) : [])

  if (!allowed || lines.length === 0) return null
  const defaulted = lines.map(
    (l) =>
      (l.unitCost === null || l.unitCost === undefined || l.unitCost === '') &&
      typeof parts.get(l.part)?.purchaseCost === 'number',
  )
  const effective = lines.map((l, i) => ({
    quantity: l.quantity,
    unitCost: defaulted[i] ? parts.get(l.part)!.purchaseCost : l.unitCost,
  }))
  const totals = runningOrderTotals(effective)

  return (
    <div
      className={styles.section}
      style={{ marginBottom: 24 }}
      data-testid="purchase-order-totals"
    >
      <strong>Montant de la commande</strong>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Pièce</th>
            <th className={styles.amount}>Quantité</th>
            <th className={styles.amount}>Prix unitaire HT</th>
            <th className={styles.amount}>Total HT</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, i) => (
            <tr key={i}>
              <td>{l.part ? partLabel(parts, l.part) : <span className={styles.muted}>—</span>}</td>
              <td className={styles.amount}>{typeof l.quantity === 'number' ? l.quantity : '—'}</td>
              <td className={styles.amount}>
                {typeof effective[i]!.unitCost === 'number'
                  ? euros(effective[i]!.unitCost as number)
                  : '—'}
                {defaulted[i] ? (
                  <span className={styles.hint}> (prix d&apos;achat de la pièce)</span>
                ) : null}
              </td>
              <td className={styles.amount}>
                {totals.amounts[i] === null ? '—' : euros(totals.amounts[i]!)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th colSpan={3}>Total HT</th>
            <th className={styles.amount} data-testid="purchase-order-total">
              {euros(totals.net)}
            </th>
          </tr>
        </tfoot>
      </table>
      {totals.incomplete > 0 ? (
        <p className={styles.hint} style={{ margin: 0 }}>
          {totals.incomplete === 1
            ? 'Une ligne sans quantité ou sans prix n’est pas comptée.'
            : `${totals.incomplete} lignes sans quantité ou sans prix ne sont pas comptées.`}
        </p>
      ) : null}
    </div>
  )
}
