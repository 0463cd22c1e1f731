'use client'
import {
  ConfirmationModal,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useModal,
} from '@payloadcms/ui'
import React, { useState } from 'react'

import { QUOTE_STATUS_LABELS, type QuoteStatus } from '../domain/invoices'
import { formatAmount } from '../domain/money'
import { parisParts } from '../domain/parisTime'
import { effectiveQuoteStatus, frenchDay } from '../domain/quotes'
import { errorMessages } from './intakeApi'
import { docPermitted } from './purchaseOrderApi'
import { ActionErrors } from './ActionErrors'
import styles from './views.module.css'

const SEND_MODAL = 'quote-send'
const ACCEPT_MODAL = 'quote-accept'

const at = (iso: string) => {
  const { date, time } = parisParts(new Date(iso))
  return `${date.split('-').reverse().join('/')} à ${time}`
}

/** Where the quote stands for the customer: sent (how), answered (when, by whom), expired. */
function stateText(doc: Record<string, unknown>, status: QuoteStatus): string | null {
  if (status === 'brouillon') return null
  const parts: string[] = []
  if (doc.sendStatus === 'envoyee') parts.push(`Envoyé à ${String(doc.sentTo)}`)
  else if (doc.sendStatus === 'en_file') parts.push(`Envoi à ${String(doc.sentTo)} en cours`)
  else if (doc.sendStatus === 'echec')
    parts.push(
      `L'envoi à ${String(doc.sentTo)} a échoué (${String(doc.sendError ?? 'serveur de messagerie injoignable')}) : il est réessayé`,
    )
  else if (doc.sendStatus === 'sans_email') parts.push('À remettre au client (pas d’e-mail)')
  if (doc.decidedAt) {
    const who =
      doc.decisionChannel === 'portail' ? 'par le client en ligne' : 'par l’atelier sur sa parole'
    parts.push(
      `${status === 'accepte' ? 'Accepté' : 'Refusé'} le ${at(String(doc.decidedAt))} ${who}`,
    )
  } else if (status === 'envoye')
    parts.push(`Valable jusqu’au ${frenchDay(String(doc.validUntil))}`)
  else if (status === 'expire') parts.push(`Expiré le ${frenchDay(String(doc.validUntil))}`)
  return `${parts.join(' · ')}.`
}

/**
 * The top of a quote's page: where it stands, « Envoyer au client » on a draft (confirmed: it
 * freezes it), the customer's answer taken at the counter, « Nouvelle version » once sent, the
 * PDF and the way back to the repair. A refusal is shown as the server wrote it.
 */
export function QuoteActions() {
  const { id, savedDocumentData: doc, docPermissions } = useDocumentInfo()
  const { config } = useConfig()
  const modified = useFormModified()
  const { openModal } = useModal()
  const [declining, setDeclining] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string[] | null>(null)
  if (!id || !doc) return null
  const status = effectiveQuoteStatus(
    { status: doc.status as QuoteStatus, validUntil: doc.validUntil },
    new Date(),
  )
  const mayEdit = docPermitted(docPermissions, 'update')
  const superseded = Boolean(doc.superseded)
  const repairId = typeof doc.repair === 'object' ? doc.repair?.id : doc.repair

  const act = async (url: string, body?: unknown, next?: (json: unknown) => void) => {
    setError(null)
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'accept-language': 'fr', 'content-type': 'application/json' },
      body: JSON.stringify(body ?? {}),
    }).catch(() => null)
    const json = await res?.json().catch(() => null)
    if (res?.ok) {
      if (next) return next(json)
      return window.location.reload()
    }
    setError(
      res
        ? errorMessages(json, `L'action n'a pas abouti (erreur ${res.status}) : réessayez.`)
        : ['Le serveur ne répond pas : vérifiez la connexion et réessayez.'],
    )
  }

  return (
    <div className={styles.actionBar} data-testid="quote-actions">
      <div className={styles.actionState}>
        <span className={styles.hint}>Devis</span>
        <strong data-testid="quote-state">
          {doc.number ? `${doc.number} — ` : ''}
          {QUOTE_STATUS_LABELS[status]?.fr ?? status}
          {superseded ? ' · remplacé par une nouvelle version' : ''}
        </strong>
        <span className={styles.muted}>· {formatAmount(doc.totalTtc ?? 0)} TTC</span>
      </div>
      <div className={styles.actions}>
        {status === 'brouillon' && mayEdit ? (
          <button
            type="button"
            className={styles.button}
            disabled={modified}
            onClick={() => openModal(SEND_MODAL)}
          >
            Envoyer au client
          </button>
        ) : null}
        {status === 'envoye' && !superseded ? (
          <>
            <button type="button" className={styles.button} onClick={() => openModal(ACCEPT_MODAL)}>
              Accord du client
            </button>
            <button
              type="button"
              className={styles.buttonSecondary}
              aria-expanded={declining}
              onClick={() => setDeclining(!declining)}
            >
              Refus du client
            </button>
          </>
        ) : null}
        {status !== 'brouillon' && !superseded ? (
          <button
            type="button"
            className={styles.buttonSecondary}
            onClick={() =>
              act(`/api/quotes/${id}/revise`, {}, (json) => {
                const next = (json as { quote?: { id?: number } } | null)?.quote?.id
                window.location.href = `${config.routes.admin}/collections/quotes/${next}`
              })
            }
          >
            Nouvelle version
          </button>
        ) : null}
        <a
          className={styles.buttonSecondary}
          href={`/api/quotes/${id}/pdf`}
          target="_blank"
          rel="noreferrer"
        >
          PDF
        </a>
        {repairId ? (
          <a
            className={styles.buttonSecondary}
            href={`${config.routes.admin}/collections/repairs/${repairId}`}
          >
            Réparation {String(doc.repairReference ?? '')}
          </a>
        ) : null}
      </div>
      {stateText(doc, status) ? (
        <p
          className={doc.sendStatus === 'echec' ? styles.error : styles.hint}
          data-testid="quote-sending"
        >
          {stateText(doc, status)}
        </p>
      ) : null}
      {modified && status === 'brouillon' ? (
        <p className={styles.hint}>Enregistrez d&apos;abord vos modifications pour envoyer.</p>
      ) : null}
      {declining ? (
        <form
          className={styles.form}
          onSubmit={(e) => {
            e.preventDefault()
            void act(`/api/quotes/${id}/decline`, { reason })
          }}
        >
          <label className={styles.field}>
            <span className={styles.fieldLabel}>Motif du refus (facultatif)</span>
            <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} />
          </label>
          <div className={styles.actions}>
            <button type="submit" className={styles.buttonDanger}>
              Enregistrer le refus
            </button>
          </div>
        </form>
      ) : null}
      <ActionErrors errors={error} testId="quote-action-error" />
      <ConfirmationModal
        modalSlug={SEND_MODAL}
        heading="Envoyer le devis au client"
        body="Il recevra son numéro et sa date de validité, partira par e-mail avec son PDF et ne pourra plus être modifié : un changement se fera par une nouvelle version."
        confirmLabel="Envoyer"
        confirmingLabel="Envoi…"
        cancelLabel="Retour"
        onConfirm={() => act(`/api/quotes/${id}/send`, {})}
      />
      <ConfirmationModal
        modalSlug={ACCEPT_MODAL}
        heading="Le client accepte le devis"
        body={`Vous enregistrez l'accord du client (par téléphone ou au comptoir) sur ${formatAmount(doc.totalTtc ?? 0)} TTC, avec la date et votre nom. L'intervention pourra commencer.`}
        confirmLabel="Enregistrer l'accord"
        confirmingLabel="Enregistrement…"
        cancelLabel="Retour"
        onConfirm={() => act(`/api/quotes/${id}/accept`, {})}
      />
    </div>
  )
}
