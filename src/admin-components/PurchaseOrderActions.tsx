'use client'
import { ConfirmationModal, useDocumentInfo, useFormModified, useModal } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { idOf } from '../domain/ids'
import { PURCHASE_ORDER_STATUS_LABELS, type PurchaseOrderStatus } from '../domain/purchaseOrders'
import { getJson } from './intakeApi'
import { docPermitted, fieldPermitted, postOrderAction } from './purchaseOrderApi'
import { PurchaseOrderReception, type SavedLine } from './PurchaseOrderReception'
import { ActionErrors } from './ActionErrors'
import styles from './views.module.css'

const MODAL = 'purchase-order-place'

const RECEIVABLE = new Set<PurchaseOrderStatus>(['commandee', 'partiellement_recue'])

/**
 * The top of a purchase order's page: where it stands, « Commander » on a draft (confirmed),
 * « Réceptionner » once ordered, and the PDF. Only what the user's role may do is shown; a
 * refusal is shown as the server wrote it.
 */
export function PurchaseOrderActions() {
  const { id, savedDocumentData, docPermissions } = useDocumentInfo()
  const modified = useFormModified()
  const { openModal } = useModal()
  const [supplier, setSupplier] = useState<string | null>(null)
  const [receiving, setReceiving] = useState(false)
  const [error, setError] = useState<string[] | null>(null)
  const [busy, setBusy] = useState(false)
  const supplierId = idOf(savedDocumentData?.supplier)

  useEffect(() => {
    if (!supplierId) return
    let cancelled = false
    getJson<{ name?: string }>(`/api/suppliers/${supplierId}?depth=0&select[name]=true`)
      .then((s) => !cancelled && setSupplier(s.name ?? null))
      .catch(() => !cancelled && setSupplier(null))
    return () => {
      cancelled = true
    }
  }, [supplierId])

  if (!id || !savedDocumentData) return null
  const status = savedDocumentData.status as PurchaseOrderStatus
  const reference = String(savedDocumentData.reference ?? '')
  const mayUpdate = docPermitted(docPermissions, 'update')
  const canOrder =
    status === 'brouillon' && mayUpdate && fieldPermitted(docPermissions, 'status', 'update')
  const canReceive = RECEIVABLE.has(status) && mayUpdate
  const canPrint = docPermitted(docPermissions, 'read')

  const place = async () => {
    setBusy(true)
    setError(null)
    const result = await postOrderAction(`/api/purchase-orders/${id}/place`)
    if (!result.ok) {
      setError(result.errors)
      setBusy(false)
      return
    }
    // Status and order date changed, the lines are now frozen: read the page again.
    window.location.reload()
  }

  return (
    <div className={styles.actionBar} data-testid="purchase-order-actions">
      <div className={styles.actionState}>
        <span className={styles.hint}>Statut</span>
        <strong data-testid="purchase-order-state">
          {PURCHASE_ORDER_STATUS_LABELS[status]?.fr ?? status}
        </strong>
        {supplier ? <span className={styles.muted}>· {supplier}</span> : null}
      </div>
      <div className={styles.actions}>
        {canOrder ? (
          <button
            type="button"
            className={styles.button}
            disabled={busy || modified}
            onClick={() => {
              setError(null)
              openModal(MODAL)
            }}
          >
            Commander
          </button>
        ) : null}
        {canReceive ? (
          <button
            type="button"
            className={receiving ? styles.buttonSecondary : styles.button}
            disabled={busy || modified}
            aria-expanded={receiving}
            onClick={() => setReceiving(!receiving)}
          >
            Réceptionner
          </button>
        ) : null}
        {canPrint ? (
          <a
            className={styles.buttonSecondary}
            href={`/api/purchase-orders/${id}/pdf`}
            download={`commande-${reference}.pdf`}
          >
            Télécharger le PDF
          </a>
        ) : null}
      </div>
      {modified && (canOrder || canReceive) ? (
        <p className={styles.hint}>
          Enregistrez d&apos;abord vos modifications pour commander ou réceptionner.
        </p>
      ) : null}
      {receiving && canReceive && !modified ? (
        <PurchaseOrderReception
          id={id}
          lines={(savedDocumentData.lines ?? []) as SavedLine[]}
          onCancel={() => setReceiving(false)}
        />
      ) : null}
      <ActionErrors errors={error} testId="purchase-order-action-error" />
      <ConfirmationModal
        modalSlug={MODAL}
        heading={`Commander — ${reference}`}
        body={`Passer la commande ${reference} au fournisseur ${supplier ?? 'choisi'} ? Ses lignes ne pourront plus être modifiées.`}
        confirmLabel="Commander"
        confirmingLabel="Envoi…"
        cancelLabel="Retour"
        onConfirm={place}
      />
    </div>
  )
}
