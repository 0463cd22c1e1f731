'use client'
import React, { useEffect, useState } from 'react'

import { type CustomerHit, searchCustomers } from './intakeApi'
import styles from './views.module.css'
import { displayPhone } from '../domain/phone'

export type NewCustomer = {
  civility: string
  firstName: string
  lastName: string
  email: string
  phone: string
}
export const EMPTY_CUSTOMER: NewCustomer = {
  civility: '',
  firstName: '',
  lastName: '',
  email: '',
  phone: '',
}

type Props = {
  chosen: CustomerHit | null
  onChoose: (customer: CustomerHit | null) => void
  creating: boolean
  onCreating: (creating: boolean) => void
  draft: NewCustomer
  onDraft: (draft: NewCustomer) => void
}

/** Finds a customer by name, e-mail or phone, or opens the new-customer form. */
export function CustomerPicker({ chosen, onChoose, creating, onCreating, draft, onDraft }: Props) {
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<CustomerHit[]>([])
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (query.trim().length < 2) return setHits([])
    const timer = setTimeout(() => {
      searchCustomers(query.trim()).then(setHits, (e: Error) => setError(e.message))
    }, 250)
    return () => clearTimeout(timer)
  }, [query])

  if (chosen) {
    return (
      <div className={styles.chosen} data-testid="chosen-customer">
        <span>
          {chosen.displayName} —{' '}
          {[chosen.email, chosen.phone ? displayPhone(chosen.phone) : null]
            .filter(Boolean)
            .join(' · ')}
        </span>
        <button type="button" className={styles.buttonSecondary} onClick={() => onChoose(null)}>
          Changer
        </button>
      </div>
    )
  }
  const set =
    (key: keyof NewCustomer) => (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement>) =>
      onDraft({ ...draft, [key]: e.target.value })
  if (creating) {
    return (
      <>
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor="c-civility">Civilité</label>
            <select id="c-civility" value={draft.civility} onChange={set('civility')}>
              <option value="">—</option>
              <option value="mme">Mme</option>
              <option value="m">M.</option>
              <option value="autre">Autre</option>
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="c-first">Prénom</label>
            <input id="c-first" value={draft.firstName} onChange={set('firstName')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="c-last">Nom *</label>
            <input id="c-last" required value={draft.lastName} onChange={set('lastName')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="c-email">E-mail *</label>
            <input id="c-email" type="email" required value={draft.email} onChange={set('email')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="c-phone">Téléphone</label>
            <input
              id="c-phone"
              value={draft.phone}
              onChange={set('phone')}
              placeholder="06 12 34 56 78"
            />
          </div>
        </div>
        <button type="button" className={styles.buttonSecondary} onClick={() => onCreating(false)}>
          Chercher un client existant
        </button>
      </>
    )
  }
  return (
    <>
      <div className={styles.field}>
        <label htmlFor="customer-search">Rechercher (nom, e-mail ou téléphone)</label>
        <input
          id="customer-search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder="Dupont, 06…, @…"
          autoComplete="off"
        />
      </div>
      {error && <div className={styles.error}>{error}</div>}
      {hits.length > 0 && (
        <ul className={styles.results}>
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" onClick={() => onChoose(hit)}>
                {hit.displayName} —{' '}
                {[hit.email, hit.phone ? displayPhone(hit.phone) : null]
                  .filter(Boolean)
                  .join(' · ')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <button
        type="button"
        className={styles.buttonSecondary}
        onClick={() => onCreating(true)}
        id="new-customer"
      >
        Nouveau client
      </button>
    </>
  )
}
