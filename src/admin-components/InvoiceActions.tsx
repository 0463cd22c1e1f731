'use client'
import { ConfirmationModal, useDocumentInfo, useFormModified, useModal } from '@payloadcms/ui'
import React, { useState } from 'react'

import {
  INVOICE_STATUS_LABELS,
  PAYMENT_METHOD_LABELS,
  invoiceBalance,
  type InvoiceStatus,
} from '../domain/invoices'
import { formatAmount } from '../domain/money'
import { parisParts } from '../domain/parisTime'
import { docPermitted, postOrderAction } from './purchaseOrderApi'
import { InvoicePaymentForm } from './InvoicePaymentForm'
import { ActionErrors } from './ActionErrors'
import styles from './views.module.css'

const ISSUE_MODAL = 'invoice-issue'

const at = (iso: string) => {
  const { date, time } = parisParts(new Date(iso))
  return `${date.split('-').reverse().join('/')} à ${time}`
}

/** Where the e-mail to the customer stands: queued, sent (when, to whom), or failed (why). */
function sendingText(doc: Record<string, unknown>): string {
  const to = String(doc.sentTo ?? '')
  if (doc.sendStatus === 'envoyee' && doc.sentAt)
    return `Envoyée à ${to} le ${at(String(doc.sentAt))}.`
  if (doc.sendStatus === 'echec')
    return `L'envoi à ${to} a échoué (${String(doc.sendError ?? 'serveur de messagerie injoignable')}) : il est réessayé, ou renvoyez-la.`
  return `Envoi à ${to} en cours…`
}
const CREDIT_MODAL = 'invoice-credit'

/**
 * The top of an invoice's page: where it stands (status, paid, left to pay), « Émettre » on a
 * draft (confirmed: it freezes it), « Enregistrer un paiement », « Créer un avoir » for the whole
 * of what is left, and the PDF once it has a number. A refusal is shown as the server wrote it.
 */
export function InvoiceActions() {
  const { id, savedDocumentData: doc, docPermissions } = useDocumentInfo()
  const modified = useFormModified()
  const { openModal } = useModal()
  const [paying, setPaying] = useState(false)
  const [error, setError] = useState<string[] | null>(null)
  if (!id || !doc) return null
  const status = doc.status as InvoiceStatus
  const isInvoice = doc.kind !== 'credit_note'
  const { due, left } = invoiceBalance(doc)
  const mayEdit = docPermitted(docPermissions, 'update')

  const act = async (url: string, body?: unknown) => {
    setError(null)
    const result = await postOrderAction(url, body)
    if (!result.ok) return setError(result.errors)
    window.location.reload()
  }

  return (
    <div className={styles.actionBar} data-testid="invoice-actions">
      <div className={styles.actionState}>
        <span className={styles.hint}>{isInvoice ? 'Facture' : 'Avoir'}</span>
        <strong data-testid="invoice-state">
          {doc.number ? `${doc.number} — ` : ''}
          {isInvoice ? (INVOICE_STATUS_LABELS[status]?.fr ?? status) : 'Émis'}
        </strong>
        {isInvoice && status !== 'brouillon' ? (
          <span className={styles.muted} data-testid="invoice-left">
            · payé {formatAmount(doc.amountPaid ?? 0)} · reste {formatAmount(left)}
          </span>
        ) : null}
      </div>
      <div className={styles.actions}>
        {status === 'brouillon' && mayEdit ? (
          <button
            type="button"
            className={styles.button}
            disabled={modified}
            onClick={() => openModal(ISSUE_MODAL)}
          >
            Émettre la facture
          </button>
        ) : null}
        {isInvoice && status !== 'brouillon' && left > 0 ? (
          <button
            type="button"
            className={paying ? styles.buttonSecondary : styles.button}
            aria-expanded={paying}
            onClick={() => setPaying(!paying)}
          >
            Enregistrer un paiement
          </button>
        ) : null}
        {isInvoice && status !== 'brouillon' && due > 0 ? (
          <button
            type="button"
            className={styles.buttonSecondary}
            onClick={() => openModal(CREDIT_MODAL)}
          >
            Créer un avoir
          </button>
        ) : null}
        {doc.number ? (
          <button
            type="button"
            className={styles.buttonSecondary}
            onClick={() => act(`/api/invoices/${id}/send`, {})}
          >
            {doc.sendStatus === 'echec' ? 'Renvoyer au client' : 'Envoyer au client'}
          </button>
        ) : null}
        {doc.number ? (
          <a
            className={styles.buttonSecondary}
            href={`/api/invoices/${id}/pdf`}
            target="_blank"
            rel="noreferrer"
          >
            PDF
          </a>
        ) : null}
      </div>
      {doc.sendStatus ? (
        <p
          className={doc.sendStatus === 'echec' ? styles.error : styles.hint}
          data-testid="invoice-sending"
        >
          {sendingText(doc)}
        </p>
      ) : null}
      {modified && status === 'brouillon' ? (
        <p className={styles.hint}>Enregistrez d&apos;abord vos modifications pour émettre.</p>
      ) : null}
      {paying ? (
        <InvoicePaymentForm
          left={left}
          methods={PAYMENT_METHOD_LABELS}
          onSubmit={(body) => act(`/api/invoices/${id}/payments`, body)}
          onCancel={() => setPaying(false)}
        />
      ) : null}
      <ActionErrors errors={error} testId="invoice-action-error" />
      <ConfirmationModal
        modalSlug={ISSUE_MODAL}
        heading="Émettre la facture"
        body="Elle recevra le prochain numéro de l'année et ne pourra plus être modifiée ni supprimée : une erreur se corrigera par un avoir."
        confirmLabel="Émettre"
        confirmingLabel="Émission…"
        cancelLabel="Retour"
        onConfirm={() => act(`/api/invoices/${id}/issue`)}
      />
      <ConfirmationModal
        modalSlug={CREDIT_MODAL}
        heading="Créer un avoir"
        body={`Un avoir de ${formatAmount(due)} annulera ce qui reste de la facture ${doc.number ?? ''}. L'argent déjà encaissé au-delà sera à rembourser.`}
        confirmLabel="Créer l'avoir"
        confirmingLabel="Création…"
        cancelLabel="Retour"
        onConfirm={() =>
          act(`/api/invoices/${id}/credit-notes`, {
            lines: 'all',
            reason: 'Annulation de la facture',
          })
        }
      />
    </div>
  )
}
