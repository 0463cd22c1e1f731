'use client'
import type { ClientField, JSONFieldClientComponent } from 'payload'

import { FieldLabel, useConfig, useField, useFormFields } from '@payloadcms/ui'
import React from 'react'

import { describeValue, type FieldChange } from '../domain/diff'
import { frenchLabel } from '../domain/labels'

type Labelled = { name?: string; label?: unknown; fields?: Labelled[] }

/** Each named field's French label, rows and groups without a name looked into. */
function labelsOf(fields: Labelled[] | undefined, into = new Map<string, string>()) {
  for (const field of fields ?? []) {
    if (field.name) into.set(field.name, frenchLabel(field.label, field.name))
    else labelsOf(field.fields, into)
  }
  return into
}

/**
 * « Champs modifiés » of a journal entry as a table (field, before, after), in the document's
 * own field labels. Payload's JSON editor loads from a CDN, which a shop offline does not reach.
 */
export const ChangesField: JSONFieldClientComponent = ({ field, path }) => {
  const { value } = useField<FieldChange[] | null>({ path: path ?? field.name })
  const slug = useFormFields(([fields]) => fields.collectionSlug?.value as string | undefined)
  const { config } = useConfig()
  const collection = config.collections.find((c) => c.slug === slug)
  const labels = labelsOf(collection?.fields as (ClientField & Labelled)[] | undefined)
  const changes = Array.isArray(value) ? value : []
  return (
    <div className="field-type">
      <FieldLabel label={field.label} />
      {changes.length === 0 ? (
        <p>Aucun champ modifié.</p>
      ) : (
        <table
          className="table"
          style={{ width: '100%', borderCollapse: 'collapse' }}
          data-testid="log-changes"
        >
          <thead>
            <tr>
              <th style={{ textAlign: 'left' }}>Champ</th>
              <th style={{ textAlign: 'left' }}>Avant</th>
              <th style={{ textAlign: 'left' }}>Après</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={change.field}>
                <td>{labels.get(change.field) ?? change.field}</td>
                <td style={{ wordBreak: 'break-word' }}>{describeValue(change.before)}</td>
                <td style={{ wordBreak: 'break-word' }}>{describeValue(change.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  )
}
