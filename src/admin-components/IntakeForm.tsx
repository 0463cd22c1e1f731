'use client'
import React, { useEffect, useState } from 'react'

import { CustomerPicker, EMPTY_CUSTOMER, type NewCustomer } from './CustomerPicker'
import {
  type CustomerHit,
  type IntakeResult,
  type Suggestion,
  submitIntake,
  suggestTechnicians,
} from './intakeApi'
import { IntakePhotos } from './IntakePhotos'
import { TechnicianChoice } from './TechnicianChoice'
import styles from './views.module.css'
import { firstFit } from '../domain/assignment'
import { parseEuros } from '../domain/money'
import { PRIORITIES, PRIORITY_LABELS } from '../domain/priorities'

type Props = { adminRoute: string; deviceTypes: { id: number; name: string }[] }

const EMPTY_DEVICE = {
  type: '',
  brand: '',
  model: '',
  serialNumber: '',
  imei: '',
  color: '',
  accessories: '',
  scratches: false,
  cracks: false,
  missingParts: '',
  notes: '',
  unlockCode: '',
}
const EMPTY_REPAIR = {
  reportedProblem: '',
  priority: 'normale',
  promisedAt: '',
  estimatedPrice: '',
  assignee: '',
}

const CUSTOMER_MISSING = 'Choisissez un client existant ou créez-en un nouveau.'

/** « 2026-12-04T15:30 », now, for the minimum of a datetime-local input (the browser's clock). */
function localNow(): string {
  const now = new Date()
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 16)
}

const PAST_PROMISE =
  'La date promise est déjà passée : la réparation naîtrait « en retard ». Choisissez une date à venir, ou laissez le champ vide.'

export function IntakeForm({ adminRoute, deviceTypes }: Props) {
  const [chosen, setChosen] = useState<CustomerHit | null>(null)
  const [creating, setCreating] = useState(false)
  const [customer, setCustomer] = useState<NewCustomer>(EMPTY_CUSTOMER)
  const [device, setDevice] = useState(EMPTY_DEVICE)
  const [repair, setRepair] = useState(EMPTY_REPAIR)
  const [suggestions, setSuggestions] = useState<Suggestion[]>([])
  const [photos, setPhotos] = useState<File[]>([])
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const [done, setDone] = useState<IntakeResult | null>(null)

  useEffect(() => {
    suggestTechnicians(device.type).then(
      (list) => {
        setSuggestions(list)
        const proposed = firstFit(list)
        setRepair((r) => ({ ...r, assignee: proposed ? String(proposed.id) : '' }))
      },
      () => setSuggestions([]),
    )
  }, [device.type])

  // A customer chosen (or being created) answers « Choisissez un client… »: it goes.
  useEffect(() => {
    if (chosen || creating) setErrors((list) => list.filter((m) => m !== CUSTOMER_MISSING))
  }, [chosen, creating])

  // The browser's clock, after hydration (the server's render must match the first client one).
  const [minPromise, setMinPromise] = useState<string | undefined>(undefined)
  useEffect(() => setMinPromise(localNow()), [])
  const promisedPast = Boolean(repair.promisedAt) && new Date(repair.promisedAt) < new Date()

  const onDevice =
    (key: keyof typeof EMPTY_DEVICE) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setDevice({
        ...device,
        [key]:
          e.target.type === 'checkbox' ? (e.target as HTMLInputElement).checked : e.target.value,
      })
  const onRepair =
    (key: keyof typeof EMPTY_REPAIR) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>) =>
      setRepair({ ...repair, [key]: e.target.value })

  async function submit(event: React.FormEvent) {
    event.preventDefault()
    setErrors([])
    if (!chosen && !creating) return setErrors([CUSTOMER_MISSING])
    if (promisedPast) return setErrors([PAST_PROMISE])
    const price = parseEuros(repair.estimatedPrice)
    if (price !== null && !Number.isFinite(price))
      return setErrors([
        `Le prix estimé « ${repair.estimatedPrice} » n’est pas un montant : écrivez par exemple 89,90.`,
      ])
    setSaving(true)
    const response = await submitIntake(
      {
        customerId: chosen?.id ?? null,
        customer: chosen
          ? null
          : { ...customer, civility: customer.civility || null, phone: customer.phone || null },
        device: {
          type: device.type ? Number(device.type) : null,
          brand: device.brand,
          model: device.model,
          serialNumber: device.serialNumber || null,
          imei: device.imei || null,
          color: device.color || null,
          accessories: device.accessories
            .split(',')
            .map((a) => a.trim())
            .filter(Boolean),
          condition: {
            scratches: device.scratches,
            cracks: device.cracks,
            missingParts: device.missingParts || null,
            notes: device.notes || null,
          },
        },
        repair: {
          reportedProblem: repair.reportedProblem,
          priority: repair.priority,
          estimatedPrice: price,
          promisedAt: repair.promisedAt ? new Date(repair.promisedAt).toISOString() : null,
          assignee: repair.assignee ? Number(repair.assignee) : null,
          unlockCode: device.unlockCode.trim() || null,
        },
      },
      photos,
    )
    setSaving(false)
    if (response.ok) setDone(response.result)
    else setErrors(response.messages)
  }

  if (done) {
    return (
      <div className={styles.success} data-testid="intake-done">
        <strong>{done.message}</strong>
        <div className={styles.actions}>
          <a
            className={styles.button}
            href={done.ticketUrl}
            download={`bon-de-depot-${done.repair.reference}.pdf`}
            id="download-ticket"
          >
            Télécharger le bon de dépôt (PDF)
          </a>
          <a
            className={styles.buttonSecondary}
            href={done.ticketUrl}
            target="_blank"
            rel="noreferrer"
          >
            Imprimer
          </a>
          <a
            className={styles.buttonSecondary}
            href={`${adminRoute}/collections/repairs/${done.repair.id}`}
          >
            Voir la réparation
          </a>
          <button
            type="button"
            className={styles.buttonSecondary}
            onClick={() => {
              setDone(null)
              setChosen(null)
              setCreating(false)
              setCustomer(EMPTY_CUSTOMER)
              setDevice(EMPTY_DEVICE)
              setRepair(EMPTY_REPAIR)
              setPhotos([])
            }}
          >
            Nouveau dépôt
          </button>
        </div>
      </div>
    )
  }

  return (
    <form className={styles.form} onSubmit={submit} noValidate>
      <section className={styles.section}>
        <h2>1. Client</h2>
        <CustomerPicker
          chosen={chosen}
          onChoose={setChosen}
          creating={creating}
          onCreating={setCreating}
          draft={customer}
          onDraft={setCustomer}
        />
      </section>
      <section className={styles.section}>
        <h2>2. Appareil</h2>
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor="d-type">Type</label>
            <select id="d-type" value={device.type} onChange={onDevice('type')}>
              <option value="">—</option>
              {deviceTypes.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="d-brand">Marque *</label>
            <input id="d-brand" value={device.brand} onChange={onDevice('brand')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="d-model">Modèle *</label>
            <input id="d-model" value={device.model} onChange={onDevice('model')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="d-serial">N° de série</label>
            <input id="d-serial" value={device.serialNumber} onChange={onDevice('serialNumber')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="d-imei">IMEI</label>
            <input
              id="d-imei"
              value={device.imei}
              onChange={onDevice('imei')}
              inputMode="numeric"
            />
          </div>
          <div className={styles.field}>
            <label htmlFor="d-color">Couleur</label>
            <input id="d-color" value={device.color} onChange={onDevice('color')} />
          </div>
        </div>
        <div className={styles.field}>
          <label htmlFor="d-accessories">Accessoires laissés (séparés par des virgules)</label>
          <input
            id="d-accessories"
            value={device.accessories}
            onChange={onDevice('accessories')}
            placeholder="chargeur, coque"
          />
        </div>
        <div className={styles.checks}>
          <label>
            <input
              type="checkbox"
              checked={device.scratches}
              onChange={onDevice('scratches')}
              id="d-scratches"
            />{' '}
            Rayures
          </label>
          <label>
            <input
              type="checkbox"
              checked={device.cracks}
              onChange={onDevice('cracks')}
              id="d-cracks"
            />{' '}
            Fissures / écran cassé
          </label>
        </div>
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor="d-missing">Pièces manquantes</label>
            <input id="d-missing" value={device.missingParts} onChange={onDevice('missingParts')} />
          </div>
          <div className={styles.field}>
            <label htmlFor="d-notes">Remarques sur l’état</label>
            <input id="d-notes" value={device.notes} onChange={onDevice('notes')} />
          </div>
        </div>
        <div className={styles.field}>
          <label htmlFor="d-unlock">Code de déverrouillage ou schéma</label>
          <input
            id="d-unlock"
            value={device.unlockCode}
            onChange={onDevice('unlockCode')}
            autoComplete="off"
            spellCheck={false}
            placeholder="1379, ou le schéma : 1-4-7-8-9"
          />
          <span className={styles.hint}>
            Chiffré ; visible par l’accueil et le technicien assigné seulement ; effacé à la
            restitution.
          </span>
        </div>
        <IntakePhotos photos={photos} onChange={setPhotos} />
      </section>
      <section className={styles.section}>
        <h2>3. Réparation</h2>
        <div className={styles.field}>
          <label htmlFor="r-problem">Panne décrite par le client *</label>
          <textarea
            id="r-problem"
            rows={3}
            value={repair.reportedProblem}
            onChange={onRepair('reportedProblem')}
          />
        </div>
        <div className={styles.grid}>
          <div className={styles.field}>
            <label htmlFor="r-priority">Priorité</label>
            <select id="r-priority" value={repair.priority} onChange={onRepair('priority')}>
              {PRIORITIES.map((p) => (
                <option key={p} value={p}>
                  {PRIORITY_LABELS[p].fr}
                </option>
              ))}
            </select>
          </div>
          <div className={styles.field}>
            <label htmlFor="r-promised">Date promise</label>
            <input
              id="r-promised"
              type="datetime-local"
              value={repair.promisedAt}
              min={minPromise}
              onChange={onRepair('promisedAt')}
              aria-invalid={promisedPast}
              aria-describedby={promisedPast ? 'r-promised-past' : undefined}
            />
            {promisedPast ? (
              <span id="r-promised-past" className={styles.fieldError} role="alert">
                Cette date est passée : choisissez une date à venir.
              </span>
            ) : null}
          </div>
          <div className={styles.field}>
            <label htmlFor="r-price">Prix estimé (€ TTC)</label>
            <input
              id="r-price"
              value={repair.estimatedPrice}
              onChange={onRepair('estimatedPrice')}
              placeholder="Sur devis"
              inputMode="decimal"
            />
          </div>
          <TechnicianChoice
            suggestions={suggestions}
            value={repair.assignee}
            onChange={(assignee) => setRepair({ ...repair, assignee })}
          />
        </div>
      </section>
      {errors.length > 0 && (
        <div className={styles.error} role="alert" data-testid="intake-errors">
          {errors.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.button} disabled={saving} id="submit-intake">
          {saving ? 'Enregistrement…' : 'Enregistrer le dépôt'}
        </button>
      </div>
    </form>
  )
}
