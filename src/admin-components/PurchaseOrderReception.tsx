'use client'
import React, { useState } from 'react'

import { idOf } from '../domain/ids'
import { partLabel, postOrderAction, useParts } from './purchaseOrderApi'
import { ActionErrors } from './ActionErrors'
import styles from './views.module.css'

export type SavedLine = {
  id?: string | null
  part: unknown
  quantity: number
  receivedQuantity?: number | null
}

/**
 * What arrived, line by line (what is left to receive proposed), sent to
 * POST /api/purchase-orders/:id/receive; the stock goes up by the ledger.
 */
export function PurchaseOrderReception({
  id,
  lines,
  onCancel,
}: {
  id: number | string
  lines: SavedLine[]
  onCancel: () => void
}) {
  const parts = useParts(lines.map((l) => idOf(l.part)))
  const remaining = (l: SavedLine) => Math.max(0, l.quantity - (l.receivedQuantity ?? 0))
  const [typed, setTyped] = useState<Record<string, string>>(() =>
    Object.fromEntries(lines.map((l) => [l.id ?? '', String(remaining(l))])),
  )
  const [errors, setErrors] = useState<string[] | null>(null)
  const [busy, setBusy] = useState(false)

  const submit = async () => {
    const receipt: { lineId: string; quantity: number }[] = []
    for (const l of lines) {
      const text = (typed[l.id ?? ''] ?? '').trim()
      if (!l.id || text === '' || text === '0') continue
      const quantity = Number(text)
      if (!Number.isInteger(quantity) || quantity < 0)
        return setErrors([
          `Quantité « ${text} » invalide pour ${partLabel(parts, idOf(l.part))} : saisissez un nombre entier de pièces.`,
        ])
      receipt.push({ lineId: l.id, quantity })
    }
    if (receipt.length === 0)
      return setErrors(['Indiquez au moins une ligne et la quantité livrée.'])
    setBusy(true)
    setErrors(null)
    const result = await postOrderAction(`/api/purchase-orders/${id}/receive`, { lines: receipt })
    if (!result.ok) {
      setErrors(result.errors)
      setBusy(false)
      return
    }
    // Status, received quantities and the receipts list all changed: read the page again.
    window.location.reload()
  }

  return (
    <div className={styles.section} data-testid="purchase-order-reception">
      <strong>Réception de la livraison</strong>
      <table className={styles.table}>
        <thead>
          <tr>
            <th>Pièce</th>
            <th className={styles.amount}>Commandé</th>
            <th className={styles.amount}>Déjà reçu</th>
            <th className={styles.amount}>Reçu maintenant</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((l, index) => (
            <tr key={l.id ?? index}>
              <td>{partLabel(parts, idOf(l.part))}</td>
              <td className={styles.amount}>{l.quantity}</td>
              <td className={styles.amount}>{l.receivedQuantity ?? 0}</td>
              <td className={styles.amount}>
                {remaining(l) === 0 ? (
                  <span className={styles.muted}>complète</span>
                ) : (
                  <input
                    className={styles.quantityInput}
                    type="number"
                    min={0}
                    max={remaining(l)}
                    step={1}
                    aria-label={`Quantité reçue : ${partLabel(parts, idOf(l.part))}`}
                    value={typed[l.id ?? ''] ?? ''}
                    onChange={(e) => setTyped({ ...typed, [l.id ?? '']: e.target.value })}
                    // Enter would save the whole document form around this panel.
                    onKeyDown={(e) => {
                      if (e.key !== 'Enter') return
                      e.preventDefault()
                      void submit()
                    }}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className={styles.actions}>
        <button type="button" className={styles.button} disabled={busy} onClick={submit}>
          {busy ? 'Enregistrement…' : 'Enregistrer la réception'}
        </button>
        <button type="button" className={styles.buttonSecondary} disabled={busy} onClick={onCancel}>
          Annuler
        </button>
      </div>
      <ActionErrors errors={errors} testId="purchase-order-reception-error" />
    </div>
  )
}
