'use client'
import React, { useState } from 'react'

import { errorMessages } from './intakeApi'
import styles from './views.module.css'

type Created = {
  message: string
  orders: { id: number; reference: string }[]
  withoutSupplier: string[]
  alreadyOrdered: string[]
}

/** Creates one draft purchase order per supplier from the low-stock list. */
export function CreateOrdersButton({ adminRoute }: { adminRoute: string }) {
  const [result, setResult] = useState<Created | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  async function create() {
    setBusy(true)
    setError(null)
    const res = await fetch('/api/purchase-orders/from-low-stock', {
      method: 'POST',
      credentials: 'include',
      headers: { 'accept-language': 'fr' },
    })
    const body = await res.json().catch(() => null)
    setBusy(false)
    if (res.ok) setResult(body as Created)
    else setError(errorMessages(body, `Erreur ${res.status}`).join(' '))
  }

  return (
    <div style={{ marginTop: 24, display: 'grid', gap: 12 }}>
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.button}
          onClick={create}
          disabled={busy}
          id="create-orders"
        >
          {busy ? 'Création…' : 'Créer les commandes fournisseurs (brouillons)'}
        </button>
      </div>
      {error && <div className={styles.error}>{error}</div>}
      {result && (
        <div className={styles.success}>
          <strong>{result.message}</strong>
          {result.orders.map((o) => (
            <a key={o.id} href={`${adminRoute}/collections/purchase-orders/${o.id}`}>
              {o.reference}
            </a>
          ))}
          {result.orders.length > 0 && result.alreadyOrdered.length > 0 && (
            <span>Déjà en commande (rien ajouté) : {result.alreadyOrdered.join(', ')}</span>
          )}
          {result.withoutSupplier.length > 0 && (
            <span>
              Sans fournisseur (à commander à la main) : {result.withoutSupplier.join(', ')}
            </span>
          )}
        </div>
      )}
    </div>
  )
}
