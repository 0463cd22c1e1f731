'use client'
import {
  ConfirmationModal,
  useAuth,
  useConfig,
  useDocumentInfo,
  useFormModified,
  useModal,
} from '@payloadcms/ui'
import React, { useState } from 'react'

import {
  describeState,
  nextMoves,
  type RepairMove,
  type RepairState,
  type RepairStatus,
  type RepairStep,
} from '../domain/repairStatus'
import { errorMessages } from './intakeApi'
import { ActionErrors } from './ActionErrors'
import { HandBackPanel } from './HandBackPanel'
import styles from './views.module.css'

const MODAL = 'repair-move'

type Change = { label: string; explanation: string; body: Record<string, unknown> }

type FieldPermission = { update?: boolean | { permission?: boolean } } | boolean | undefined

/** May the signed-in user change this field of the document (as the server will decide)? */
function mayUpdate(fields: unknown, name: string): boolean {
  if (fields === true) return true
  const field = (fields as Record<string, FieldPermission> | undefined)?.[name]
  if (field === true) return true
  const update = field && typeof field === 'object' ? field.update : undefined
  return update === true || Boolean(update && typeof update === 'object' && update.permission)
}

/**
 * The top of a repair's page: where it stands, the moves the workflow allows as buttons (each
 * confirmed), the parts pause, and the intake ticket. A refusal is shown as the server wrote it.
 */
export function RepairActions() {
  const { id, savedDocumentData, docPermissions } = useDocumentInfo()
  const { permissions } = useAuth()
  const { config } = useConfig()
  const modified = useFormModified()
  const { openModal } = useModal()
  const [pending, setPending] = useState<Change | null>(null)
  const [error, setError] = useState<string[] | null>(null)
  const [busy, setBusy] = useState(false)
  const [handingBack, setHandingBack] = useState(false)

  if (!id || !savedDocumentData) return null
  const state: RepairState = {
    status: savedDocumentData.status as RepairStatus,
    step: (savedDocumentData.step ?? null) as RepairStep | null,
  }
  const fields = (docPermissions as { fields?: unknown } | undefined)?.fields
  const canMove = mayUpdate(fields, 'status')
  const canPause = mayUpdate(fields, 'waitingForParts')
  const waiting = Boolean(savedDocumentData.waitingForParts)
  const reference = String(savedDocumentData.reference ?? '')
  const mayInvoice = Boolean(
    (permissions?.collections?.invoices as { create?: unknown } | undefined)?.create,
  )
  // The repair's quote or invoice: its draft made now, or the one it already has.
  const openDocument = async (kind: 'quote' | 'invoice') => {
    setBusy(true)
    setError(null)
    const res = await fetch(`/api/repairs/${id}/${kind}`, {
      method: 'POST',
      credentials: 'include',
      headers: { 'accept-language': 'fr' },
    }).catch(() => null)
    const body = await res?.json().catch(() => null)
    const doc = body?.[kind]
    if (res?.ok && doc?.id) {
      window.location.href = `${config.routes.admin}/collections/${kind === 'quote' ? 'quotes' : 'invoices'}/${doc.id}`
      return
    }
    setBusy(false)
    setError(
      errorMessages(
        body,
        kind === 'quote'
          ? 'Le devis n’a pas pu être préparé : réessayez.'
          : 'La facture n’a pas pu être préparée : réessayez.',
      ),
    )
  }

  const changes: (Change & { tone: RepairMove['tone'] })[] = canMove
    ? nextMoves(state).map((m) => ({
        label: m.label,
        explanation: m.explanation,
        tone: m.tone,
        body: { status: m.to.status, step: m.to.step },
      }))
    : []
  if (canPause && state.status === 'en_cours')
    changes.push(
      waiting
        ? {
            label: 'Pièces reçues',
            explanation:
              "Les pièces sont arrivées : le délai de l'étape reprend (le temps d'attente est décompté).",
            tone: 'forward',
            body: { waitingForParts: false },
          }
        : {
            label: 'En attente de pièces',
            explanation:
              "La réparation attend des pièces : le délai de l'étape est mis en pause jusqu'à leur arrivée.",
            tone: 'back',
            body: { waitingForParts: true },
          },
    )

  const ask = (change: Change) => {
    setError(null)
    setPending(change)
    openModal(MODAL)
  }

  const apply = async () => {
    if (!pending) return
    setBusy(true)
    try {
      const res = await fetch(`/api/repairs/${id}?depth=0`, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'content-type': 'application/json', 'accept-language': 'fr' },
        body: JSON.stringify(pending.body),
      })
      if (!res.ok) {
        setError(
          errorMessages(
            await res.json().catch(() => null),
            `Le changement n'a pas été enregistré (erreur ${res.status}).`,
          ),
        )
        setBusy(false)
        return
      }
      // The whole page reflects the new state (history, clocks, late flag): read it again.
      window.location.reload()
    } catch {
      setError(['Le serveur ne répond pas : vérifiez la connexion et réessayez.'])
      setBusy(false)
    }
  }

  return (
    <div className={styles.actionBar} data-testid="repair-actions">
      <div className={styles.actionState}>
        <span className={styles.hint}>Statut</span>
        <strong data-testid="repair-state">
          {describeState(state)}
          {waiting ? ' · en attente de pièces' : ''}
        </strong>
      </div>
      <div className={styles.actions}>
        {changes.map((c) => (
          <button
            key={c.label}
            type="button"
            className={
              c.tone === 'forward'
                ? styles.button
                : c.tone === 'danger'
                  ? styles.buttonDanger
                  : styles.buttonSecondary
            }
            disabled={busy || modified}
            aria-expanded={c.body.status === 'restitue' && mayInvoice ? handingBack : undefined}
            onClick={() =>
              // At the counter, handing back is billing and taking the payment too.
              c.body.status === 'restitue' && mayInvoice ? setHandingBack(!handingBack) : ask(c)
            }
          >
            {c.label}
          </button>
        ))}
        {mayInvoice && (state.status === 'en_attente' || state.status === 'en_cours') ? (
          <button
            type="button"
            className={styles.buttonSecondary}
            disabled={busy || modified}
            onClick={() => openDocument('quote')}
          >
            Devis
          </button>
        ) : null}
        {mayInvoice &&
        (state.status === 'termine' || state.status === 'restitue' || state.status === 'annule') ? (
          <button
            type="button"
            className={styles.buttonSecondary}
            disabled={busy || modified}
            onClick={() => openDocument('invoice')}
          >
            Facture
          </button>
        ) : null}
        <a
          className={styles.buttonSecondary}
          href={`/api/repairs/${id}/intake-ticket`}
          download={`bon-de-depot-${reference}.pdf`}
        >
          Bon de dépôt (PDF)
        </a>
      </div>
      {modified && changes.length > 0 ? (
        <p className={styles.hint}>
          Enregistrez d&apos;abord vos modifications pour changer le statut.
        </p>
      ) : null}
      {state.status === 'restitue' ? (
        <p className={styles.hint}>Réparation close : l&apos;appareil a été rendu au client.</p>
      ) : null}
      {handingBack ? (
        <HandBackPanel repairId={id} reference={reference} onClose={() => setHandingBack(false)} />
      ) : null}
      <ActionErrors errors={error} testId="repair-action-error" />
      <ConfirmationModal
        modalSlug={MODAL}
        heading={pending ? `${pending.label} — ${reference}` : ''}
        body={pending?.explanation ?? ''}
        confirmLabel={pending?.label ?? 'Confirmer'}
        confirmingLabel="Enregistrement…"
        cancelLabel="Retour"
        onConfirm={apply}
      />
    </div>
  )
}
