'use client'
import { useConfig } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { invoiceBalance, PAYMENT_METHOD_LABELS } from '../domain/invoices'
import { formatAmount, formatEuros } from '../domain/money'
import { errorMessages } from './intakeApi'
import { ActionErrors } from './ActionErrors'
import styles from './views.module.css'

type InvoiceView = {
  id: number
  number?: string | null
  status: string
  totalTtc?: number | null
  amountPaid?: number | null
  amountCredited?: number | null
  bonusAmount?: number | null
  lines?: { id?: string; description: string; quantity: number; totalTtc?: number | null }[]
}

type Done = { message: string; invoice: InvoiceView | null }

const OWED = 'solde_du'

const post = async (url: string, body?: unknown) => {
  const res = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: { 'accept-language': 'fr', 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  }).catch(() => null)
  return { res, json: await res?.json().catch(() => null) }
}

/**
 * « Restituer » at the counter: the repair's invoice (made now if needed, to check or edit), the
 * payment taken or the balance left owed with its reason, the e-mail, then everything in one
 * request (POST /api/repairs/:id/hand-back). Afterwards, the invoice to print.
 */
export function HandBackPanel({
  repairId,
  reference,
  onClose,
}: {
  repairId: number | string
  reference: string
  onClose: () => void
}) {
  const { config } = useConfig()
  const [invoice, setInvoice] = useState<InvoiceView | null | undefined>(undefined)
  const [nothingToBill, setNothingToBill] = useState<string | null>(null)
  const [method, setMethod] = useState('especes')
  const [amount, setAmount] = useState('')
  const [reference_, setReference] = useState('')
  const [reason, setReason] = useState('')
  const [send, setSend] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string[] | null>(null)
  const [done, setDone] = useState<Done | null>(null)

  const left = invoice ? invoiceBalance(invoice).left : 0

  useEffect(() => {
    let cancelled = false
    void post(`/api/repairs/${repairId}/invoice`).then(({ res, json }) => {
      if (cancelled) return
      if (res?.ok && json?.invoice) {
        setInvoice(json.invoice)
        setAmount(formatEuros(invoiceBalance(json.invoice).left))
      } else if (res?.status === 409) {
        setInvoice(null)
        setNothingToBill(errorMessages(json, '')[0] ?? null)
      } else {
        setInvoice(null)
        setError(errorMessages(json, 'La facture n’a pas pu être préparée : réessayez.'))
      }
    })
    return () => {
      cancelled = true
    }
  }, [repairId])

  const owed = method === OWED || (amount.trim() !== '' && amount.trim() !== formatEuros(left))

  const submit = async () => {
    setBusy(true)
    setError(null)
    const body = {
      payment:
        invoice && left > 0 && method !== OWED
          ? { method, amount, reference: reference_ || null }
          : null,
      owedReason: reason.trim() || null,
      send: Boolean(invoice) && send,
    }
    const { res, json } = await post(`/api/repairs/${repairId}/hand-back`, body)
    setBusy(false)
    if (res?.ok) return setDone({ message: String(json?.message ?? ''), invoice: json?.invoice })
    setError(
      res
        ? errorMessages(json, `La restitution n’a pas abouti (erreur ${res.status}).`)
        : ['Le serveur ne répond pas : vérifiez la connexion et réessayez.'],
    )
  }

  if (done)
    return (
      <div className={styles.section} data-testid="hand-back-done">
        <p className={styles.success}>{done.message}</p>
        <div className={styles.actions}>
          {done.invoice?.number ? (
            <a
              className={styles.button}
              href={`/api/invoices/${done.invoice.id}/pdf`}
              target="_blank"
              rel="noreferrer"
            >
              Imprimer la facture
            </a>
          ) : null}
          <button
            type="button"
            className={styles.buttonSecondary}
            onClick={() => window.location.reload()}
          >
            Terminer
          </button>
        </div>
      </div>
    )

  return (
    <div className={styles.section} data-testid="hand-back">
      <strong>Restituer l’appareil — {reference}</strong>
      {invoice === undefined ? <p className={styles.hint}>Préparation de la facture…</p> : null}
      {invoice ? (
        <>
          <p className={styles.hint} data-testid="hand-back-invoice">
            {invoice.number
              ? `Facture ${invoice.number}`
              : 'Facture (brouillon, émise à la restitution)'}{' '}
            · total {formatAmount(invoice.totalTtc ?? 0)}
            {invoice.bonusAmount ? ` · bonus réparation −${formatAmount(invoice.bonusAmount)}` : ''}
            {invoice.amountPaid ? ` · déjà payé ${formatAmount(invoice.amountPaid)}` : ''} · reste{' '}
            {formatAmount(left)}
            {invoice.status === 'brouillon' ? (
              <>
                {' · '}
                <a href={`${config.routes.admin}/collections/invoices/${invoice.id}`}>
                  vérifier ou modifier les lignes
                </a>
              </>
            ) : null}
          </p>
          <ul className={styles.hint}>
            {(invoice.lines ?? []).map((l, i) => (
              <li key={l.id ?? i}>
                {l.description}
                {l.quantity !== 1 ? ` × ${String(l.quantity).replace('.', ',')}` : ''} —{' '}
                {formatAmount(l.totalTtc ?? 0)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {invoice === null && nothingToBill ? <p className={styles.hint}>{nothingToBill}</p> : null}
      {invoice && left > 0 ? (
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor="hb-method">Paiement</label>
            <select id="hb-method" value={method} onChange={(e) => setMethod(e.target.value)}>
              {Object.entries(PAYMENT_METHOD_LABELS)
                .filter(([value]) => value !== 'stripe')
                .map(([value, label]) => (
                  <option key={value} value={value}>
                    {label.fr}
                  </option>
                ))}
              <option value={OWED}>Rien maintenant (solde dû)</option>
            </select>
          </div>
          {method !== OWED ? (
            <>
              <div className={styles.field}>
                <label htmlFor="hb-amount">Montant encaissé (€)</label>
                <input
                  id="hb-amount"
                  inputMode="decimal"
                  value={amount}
                  onChange={(e) => setAmount(e.target.value)}
                />
              </div>
              <div className={styles.field}>
                <label htmlFor="hb-reference">Référence (n° de chèque…)</label>
                <input
                  id="hb-reference"
                  value={reference_}
                  onChange={(e) => setReference(e.target.value)}
                />
              </div>
            </>
          ) : null}
        </div>
      ) : null}
      {invoice && left > 0 && owed ? (
        <div className={styles.field}>
          <label htmlFor="hb-reason">Pourquoi le client part avec un solde dû</label>
          <input
            id="hb-reason"
            value={reason}
            placeholder="Paiement par virement à réception de la facture…"
            onChange={(e) => setReason(e.target.value)}
          />
        </div>
      ) : null}
      {invoice ? (
        <label className={styles.checks}>
          <input type="checkbox" checked={send} onChange={(e) => setSend(e.target.checked)} />{' '}
          Envoyer aussi la facture au client par e-mail
        </label>
      ) : null}
      <ActionErrors errors={error} testId="hand-back-error" />
      <div className={styles.actions}>
        <button
          type="button"
          className={styles.button}
          disabled={busy || invoice === undefined}
          onClick={submit}
        >
          {busy
            ? 'Restitution…'
            : invoice && left > 0 && method !== OWED
              ? 'Encaisser et restituer'
              : 'Restituer'}
        </button>
        <button type="button" className={styles.buttonSecondary} disabled={busy} onClick={onClose}>
          Retour
        </button>
      </div>
    </div>
  )
}
